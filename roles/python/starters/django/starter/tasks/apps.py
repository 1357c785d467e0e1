from django.apps import AppConfig


class TasksConfig(AppConfig):
    name = "tasks"

    def ready(self) -> None:
        # Connects the receivers: a module Django never imports would leave them unconnected.
        from . import signals  # noqa: F401
