// Reference solution of python/django/django-task-priority: a priority field with choices and its migration, a
// QuerySet manager with open_by_priority(), and the admin showing and filtering it.
export default [
  {
    file: 'tasks/models.py',
    replace: 'class Task(models.Model):\n    title = models.CharField(max_length=200)\n',
    with: `class Priority(models.IntegerChoices):
    LOW = 1, "low"
    NORMAL = 2, "normal"
    HIGH = 3, "high"


class TaskQuerySet(models.QuerySet):
    def open_by_priority(self) -> "TaskQuerySet":
        return self.filter(done=False).order_by("-priority", "id")


class Task(models.Model):
    title = models.CharField(max_length=200)
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
`,
  },
  {
    file: 'tasks/models.py',
    replace: '    created_at = models.DateTimeField(auto_now_add=True)\n',
    with: '    created_at = models.DateTimeField(auto_now_add=True)\n\n    objects = TaskQuerySet.as_manager()\n',
  },
  {
    file: 'tasks/migrations/0002_task_priority.py',
    content: `from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [("tasks", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="task",
            name="priority",
            field=models.PositiveSmallIntegerField(choices=[(1, "low"), (2, "normal"), (3, "high")], default=2),
        ),
    ]
`,
  },
  {
    file: 'tasks/admin.py',
    replace: '    list_display = ["title", "done", "created_at"]\n',
    with: '    list_display = ["title", "priority", "done", "created_at"]\n    list_filter = ["priority", "done"]\n',
  },
];
