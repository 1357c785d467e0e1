"""Fixtures for the exercise checks: an app on a fresh SQLite file per test, built from Settings you extend."""

from collections.abc import Callable, Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from {{bp.snakeName}}.app import create_app

from .support import make_settings


@pytest.fixture
def database_url(tmp_path) -> str:
    return f"sqlite:///{(tmp_path / 'exercise.db').as_posix()}"


@pytest.fixture
def make_app(database_url: str) -> Iterator[Callable[..., FastAPI]]:
    """make_app(api_key="…") builds the app with Settings(database_url=<fresh file>, api_key="…")."""
    apps: list[FastAPI] = []

    def make(**fields) -> FastAPI:
        app = create_app(make_settings(database_url=database_url, **fields))
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.state.engine.dispose()


@pytest.fixture
def make_client(make_app) -> Iterator[Callable[..., TestClient]]:
    """make_client(**settings) starts the app (startup and shutdown run) and returns its TestClient."""
    clients: list[TestClient] = []

    def make(**fields) -> TestClient:
        client = TestClient(make_app(**fields))
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in reversed(clients):
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client) -> TestClient:
    return make_client()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed check reads as its message ("POST /tasks … should answer 401; got 201"), without an
    "AssertionError: " or "Failed: " prefix, in the terminal summary and in the JUnit report the editor shows."""
    outcome = yield
    report = outcome.get_result()
    crash = getattr(report.longrepr, "reprcrash", None)
    if report.failed and crash is not None:
        for prefix in ("AssertionError: ", "Failed: "):
            if crash.message.startswith(prefix):
                crash.message = crash.message[len(prefix) :]
