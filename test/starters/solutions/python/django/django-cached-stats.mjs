// Reference solution of python/django/django-cached-stats: the statistics cached under "task-stats" and dropped by
// post_save / post_delete receivers.
export default [
  {
    file: 'tasks/stats.py',
    replace: 'from django.db.models import Count, Q\n',
    with: 'from django.core.cache import cache\nfrom django.db.models import Count, Q\n',
  },
  {
    file: 'tasks/stats.py',
    replace: 'def task_stats() -> dict:\n    return Task.objects.aggregate(total=Count("id"), done=Count("id", filter=Q(done=True)))\n',
    with: `STATS_KEY = "task-stats"


def count_tasks() -> dict:
    return Task.objects.aggregate(total=Count("id"), done=Count("id", filter=Q(done=True)))


def task_stats() -> dict:
    return cache.get_or_set(STATS_KEY, count_tasks, 300)


def forget_task_stats() -> None:
    cache.delete(STATS_KEY)
`,
  },
  {
    file: 'tasks/signals.py',
    replace: 'from django.db.models.signals import post_save',
    with: 'from django.db.models.signals import post_delete, post_save',
  },
  {
    file: 'tasks/signals.py',
    replace: 'log = logging.getLogger(__name__)\n',
    with: `from .stats import forget_task_stats

log = logging.getLogger(__name__)


@receiver(post_save, sender=Task)
@receiver(post_delete, sender=Task)
def drop_cached_stats(sender, **kwargs) -> None:
    forget_task_stats()
`,
  },
];
