"""Fixtures for the exercise checks: an app on a fresh SQLite file per test, with the settings a check passes."""

from collections.abc import Callable

import pytest
from flask import Flask
from flask.testing import FlaskClient

from {{bp.snakeName}} import create_app


@pytest.fixture
def make_app(tmp_path) -> Callable[..., Flask]:
    """make_app(API_KEY="…") builds the app with create_app({"TESTING": True, "DATABASE": <fresh file>, ...})."""

    def make(**config) -> Flask:
        return create_app({"TESTING": True, "DATABASE": str(tmp_path / "exercise.sqlite3"), **config})

    return make


@pytest.fixture
def app(make_app) -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed check reads as its message ("GET /tasks/1 should answer 200; got 404"), without an
    "AssertionError: " prefix, in the terminal summary and in the JUnit report the editor shows."""
    outcome = yield
    report = outcome.get_result()
    crash = getattr(report.longrepr, "reprcrash", None)
    if report.failed and crash is not None:
        for prefix in ("AssertionError: ", "Failed: "):
            if crash.message.startswith(prefix):
                crash.message = crash.message[len(prefix) :]
