// Reference solution of python/django/django-completed-at: a nullable completed_at with its migration, set and
// cleared by a pre_save receiver.
export default [
  {
    file: 'tasks/models.py',
    replace: '    created_at = models.DateTimeField(auto_now_add=True)\n',
    with: '    created_at = models.DateTimeField(auto_now_add=True)\n    completed_at = models.DateTimeField(null=True, blank=True)\n',
  },
  {
    file: 'tasks/migrations/0003_task_completed_at.py',
    content: `from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [("tasks", "0002_task_priority")]

    operations = [
        migrations.AddField(model_name="task", name="completed_at", field=models.DateTimeField(blank=True, null=True)),
    ]
`,
  },
  {
    file: 'tasks/signals.py',
    replace: 'from django.db.models.signals import post_save\n',
    with: 'from django.db.models.signals import post_save, pre_save\n',
  },
  {
    file: 'tasks/signals.py',
    replace: 'from .models import Task\n',
    with: `from django.utils import timezone

from .models import Task


@receiver(pre_save, sender=Task)
def stamp_completion(sender, instance: Task, **kwargs) -> None:
    if not instance.done:
        instance.completed_at = None
    elif instance.completed_at is None:
        instance.completed_at = timezone.now()
`,
  },
];
