"""Check of the exercise "Stamp completed tasks with a signal"."""
from django.db.models.signals import pre_save
from django.test import TestCase

from tasks.models import Task


class CompletedAtCheck(TestCase):
    def test_a_pre_save_receiver_listens_to_tasks(self) -> None:
        self.assertTrue(pre_save.has_listeners(Task), "connect a pre_save receiver for Task in tasks/signals.py")

    def test_created_done_is_stamped(self) -> None:
        self.assertIsNotNone(Task.objects.create(title="t", done=True).completed_at)
        self.assertIsNone(Task.objects.create(title="t").completed_at)

    def test_stamped_once_and_cleared_when_reopened(self) -> None:
        task = Task.objects.create(title="t")
        task.done = True
        task.save()
        first = task.completed_at
        self.assertIsNotNone(first)
        task.title = "renamed"
        task.save()
        self.assertEqual(task.completed_at, first, "saving a done task again keeps its first stamp")
        task.done = False
        task.save()
        task.refresh_from_db()
        self.assertIsNone(task.completed_at, "a reopened task is not completed")
