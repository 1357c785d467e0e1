import logging

logger = logging.getLogger(__name__)


class Notifier:
    """Tells the outside world about task events.

    This one only logs. A real one sends e-mail or calls a webhook, which is network I/O: that is
    why the methods are async and why the routes call them as background tasks, after the response.
    """

    async def task_created(self, task_id: int, title: str) -> None:
        logger.info("Task %d created: %s", task_id, title)

    async def task_completed(self, task_id: int, title: str) -> None:
        logger.info("Task %d completed: %s", task_id, title)


def get_notifier() -> Notifier:
    """Dependency, so tests (or a settings switch) can swap in another notifier."""
    return Notifier()
