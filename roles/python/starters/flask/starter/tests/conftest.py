from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from {{bp.snakeName}} import create_app


@pytest.fixture
def app(tmp_path) -> Iterator[Flask]:
    """The app on a fresh SQLite file per test, so tests never see each other's data."""
    app = create_app({"TESTING": True, "DATABASE": str(tmp_path / "test.sqlite3")})
    yield app


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()
