"""Check of the exercise "Cache the statistics, and drop them when tasks change"."""
from django.core.cache import cache
from django.test import TestCase
from django.urls import reverse

from tasks.models import Task


class CachedStatsCheck(TestCase):
    def setUp(self) -> None:
        cache.clear()

    def stats(self) -> dict:
        return self.client.get(reverse("tasks:stats")).json()

    def test_second_read_hits_the_cache(self) -> None:
        Task.objects.create(title="t")
        self.assertEqual(self.stats()["total"], 1)
        self.assertIsNotNone(cache.get("task-stats"), 'cache the statistics under the key "task-stats"')
        with self.assertNumQueries(0):
            self.assertEqual(self.stats()["total"], 1)

    def test_saving_or_deleting_a_task_drops_the_cached_stats(self) -> None:
        self.assertEqual(self.stats()["total"], 0)
        task = Task.objects.create(title="t")
        self.assertEqual(self.stats(), {"total": 1, "done": 0}, "a new task is counted at once")
        task.done = True
        task.save()
        self.assertEqual(self.stats(), {"total": 1, "done": 1}, "a completed task is counted at once")
        task.delete()
        self.assertEqual(self.stats(), {"total": 0, "done": 0}, "a deleted task is gone at once")
