"""Check of the exercise "One task: a detail view and its URL"."""
from django.test import TestCase
from django.urls import NoReverseMatch, reverse

from tasks.models import Task


class TaskDetailCheck(TestCase):
    def url(self, pk: int) -> str:
        try:
            return reverse("tasks:detail", args=[pk])
        except NoReverseMatch:
            self.fail('no URL named "tasks:detail" that takes the task id')

    def test_url_is_tasks_id(self) -> None:
        self.assertEqual(self.url(7), "/tasks/7/")

    def test_get_returns_the_task(self) -> None:
        task = Task.objects.create(title="read me")
        response = self.client.get(self.url(task.pk))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["title"], "read me")

    def test_missing_task_is_a_json_404(self) -> None:
        response = self.client.get(self.url(999))
        self.assertEqual(response.status_code, 404)
        self.assertIn("error", response.json())

    def test_patch_updates(self) -> None:
        task = Task.objects.create(title="old")
        response = self.client.patch(self.url(task.pk), {"title": "new", "done": True}, content_type="application/json")
        self.assertEqual(response.status_code, 200)
        task.refresh_from_db()
        self.assertEqual((task.title, task.done), ("new", True))
        bad = self.client.patch(self.url(task.pk), {"done": "yes"}, content_type="application/json")
        self.assertEqual(bad.status_code, 400, "done must be a boolean")

    def test_delete_removes(self) -> None:
        task = Task.objects.create(title="gone")
        self.assertEqual(self.client.delete(self.url(task.pk)).status_code, 204)
        self.assertFalse(Task.objects.filter(pk=task.pk).exists())
        self.assertEqual(self.client.delete(self.url(task.pk)).status_code, 404)
