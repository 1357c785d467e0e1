from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from {{bp.snakeName}}.app import create_app
from {{bp.snakeName}}.config import Settings
from {{bp.snakeName}}.notifications import Notifier, get_notifier


class RecordingNotifier(Notifier):
    def __init__(self) -> None:
        self.events: list[tuple[str, int, str]] = []

    async def task_created(self, task_id: int, title: str) -> None:
        self.events.append(("created", task_id, title))

    async def task_completed(self, task_id: int, title: str) -> None:
        self.events.append(("completed", task_id, title))


@pytest.fixture
def database_url(tmp_path) -> str:
    """A fresh SQLite file per test, so tests never see each other's data."""
    return f"sqlite:///{(tmp_path / 'test.db').as_posix()}"


@pytest.fixture
def app(database_url: str) -> Iterator[FastAPI]:
    app = create_app(Settings(database_url=database_url))
    yield app
    app.state.engine.dispose()


@pytest.fixture
def notifier(app: FastAPI) -> RecordingNotifier:
    recording = RecordingNotifier()
    app.dependency_overrides[get_notifier] = lambda: recording
    return recording


@pytest.fixture
def client(app: FastAPI, notifier: RecordingNotifier) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client
