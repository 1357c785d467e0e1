"""Receivers of the model signals: what happens whenever a task is saved or deleted, whoever saves it."""
import logging

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Task

log = logging.getLogger(__name__)


@receiver(post_save, sender=Task)
def log_task_saved(sender, instance: Task, created: bool, **kwargs) -> None:
    log.info("task %s %s", instance.pk, "created" if created else "updated")
