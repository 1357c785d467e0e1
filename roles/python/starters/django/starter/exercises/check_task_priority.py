"""Check of the exercise "Task priorities in the model, the ORM and the admin"."""
from io import StringIO

from django.contrib import admin
from django.core.management import call_command
from django.test import TestCase

from tasks.models import Task


class TaskPriorityCheck(TestCase):
    def test_priority_field_defaults_to_normal(self) -> None:
        field = Task._meta.get_field("priority")
        self.assertEqual(field.default, 2, "priority defaults to 2 (normal)")
        self.assertEqual(sorted(value for value, _label in field.choices), [1, 2, 3], "priority choices are 1, 2 and 3")
        self.assertEqual(Task.objects.create(title="t").priority, 2)

    def test_migration_is_written(self) -> None:
        try:
            call_command("makemigrations", "tasks", "--check", "--dry-run", stdout=StringIO())
        except SystemExit:
            self.fail("the model has changes no migration holds: run `python3 manage.py makemigrations tasks`")

    def test_open_by_priority(self) -> None:
        Task.objects.create(title="low", priority=1)
        Task.objects.create(title="high done", priority=3, done=True)
        Task.objects.create(title="high", priority=3)
        Task.objects.create(title="normal", priority=2)
        titles = [task.title for task in Task.objects.open_by_priority()]
        self.assertEqual(titles, ["high", "normal", "low"], "open tasks, highest priority first")
        self.assertEqual([t.title for t in Task.objects.filter(priority=3).open_by_priority()], ["high"], "a QuerySet method, chainable")

    def test_admin_shows_and_filters_priority(self) -> None:
        task_admin = admin.site._registry[Task]
        self.assertIn("priority", task_admin.list_display)
        self.assertIn("priority", task_admin.list_filter)
        self.assertIn("done", task_admin.list_filter)
