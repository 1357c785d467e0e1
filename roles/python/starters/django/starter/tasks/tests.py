from django.test import TestCase
from django.urls import reverse

from .models import Task


class TaskApiTests(TestCase):
    def test_creates_and_lists_tasks(self) -> None:
        created = self.client.post(reverse("tasks:list"), {"title": "Learn Django"}, content_type="application/json")
        self.assertEqual(created.status_code, 201)
        self.assertEqual(created.json()["title"], "Learn Django")
        listed = self.client.get(reverse("tasks:list")).json()
        self.assertEqual([task["title"] for task in listed], ["Learn Django"])

    def test_filters_by_done(self) -> None:
        Task.objects.create(title="open")
        Task.objects.create(title="finished", done=True)
        listed = self.client.get(reverse("tasks:list"), {"done": "true"}).json()
        self.assertEqual([task["title"] for task in listed], ["finished"])

    def test_refuses_a_body_without_a_title(self) -> None:
        response = self.client.post(reverse("tasks:list"), {"name": "x"}, content_type="application/json")
        self.assertEqual(response.status_code, 400)

    def test_counts_tasks(self) -> None:
        Task.objects.create(title="open")
        Task.objects.create(title="finished", done=True)
        self.assertEqual(self.client.get(reverse("tasks:stats")).json(), {"total": 2, "done": 1})

    def test_admin_lists_tasks(self) -> None:
        from django.contrib.auth.models import User

        User.objects.create_superuser("admin", "admin@example.com", "a-long-password")
        self.client.login(username="admin", password="a-long-password")
        Task.objects.create(title="visible in the admin")
        page = self.client.get(reverse("admin:tasks_task_changelist"))
        self.assertContains(page, "visible in the admin")
