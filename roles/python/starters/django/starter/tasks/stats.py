"""How many tasks there are, open and done: counted by the database on every call."""
from django.db.models import Count, Q

from .models import Task


def task_stats() -> dict:
    return Task.objects.aggregate(total=Count("id"), done=Count("id", filter=Q(done=True)))
