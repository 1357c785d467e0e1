"""Check for the exercise "Versioned schema migrations"."""

import sqlite3
import time
from datetime import datetime

from fastapi.testclient import TestClient

# The tasks table exactly as the starter's create_all() made it, before any migration existed.
STARTER_SCHEMA = """
CREATE TABLE tasks (
    id INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    description TEXT NOT NULL,
    done BOOLEAN NOT NULL,
    created_at DATETIME NOT NULL,
    PRIMARY KEY (id)
)
"""
CREATED = "2024-05-01 09:30:00.000000"


def starter_database(path) -> None:
    with sqlite3.connect(path) as db:
        db.execute(STARTER_SCHEMA)
        db.execute(
            "INSERT INTO tasks (title, description, done, created_at) VALUES ('From last year', 'kept', 1, ?)",
            (CREATED,),
        )
    db.close()


def parse(timestamp: str) -> datetime:
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00")).replace(tzinfo=None)


def test_a_database_from_before_migrations_is_upgraded_in_place(tmp_path, make_app):
    starter_database(tmp_path / "exercise.db")

    with TestClient(make_app()) as client:
        response = client.get("/tasks/1")
        assert response.status_code == 200, (
            f"a task stored before migrations should still be readable: GET /tasks/1 answered {response.status_code}"
        )
        task = response.json()
        assert task["title"] == "From last year" and task["done"] is True, (
            f"the upgrade should keep existing data; got {task}"
        )
        assert task.get("updated_at"), f"tasks should have updated_at; GET /tasks/1 returned {task}"
        assert parse(task["updated_at"]) == parse(task["created_at"]), (
            "the migration should set updated_at of existing tasks to their created_at; "
            f"got {task['updated_at']} and {task['created_at']}"
        )
        created = client.post("/tasks", json={"title": "After the upgrade"})
        assert created.status_code == 201, f"POST /tasks should work on an upgraded database; got {created.status_code}"


def test_updated_at_moves_when_a_task_changes(client):
    task = client.post("/tasks", json={"title": "Fresh"}).json()
    assert task.get("updated_at"), f"POST /tasks should return updated_at; got {task}"
    time.sleep(0.05)  # past the clock's resolution, which is coarse on some systems

    changed = client.patch(f"/tasks/{task['id']}", json={"title": "Changed"}).json()

    assert parse(changed["updated_at"]) > parse(task["updated_at"]), (
        f"PATCH should move updated_at forward; it went from {task['updated_at']} to {changed['updated_at']}"
    )
    assert changed["created_at"] == task["created_at"], "PATCH must not change created_at"


def test_restarting_applies_each_migration_once(tmp_path, make_app):
    starter_database(tmp_path / "exercise.db")
    for start in range(1, 4):
        try:
            app = make_app()
            with TestClient(app) as client:
                titles = [t["title"] for t in client.get("/tasks").json()]
        except Exception as error:  # noqa: BLE001 - the point of the check
            raise AssertionError(
                f"start number {start} on the same database failed ({error!r}): "
                "apply only the migrations not applied yet"
            ) from None
        assert titles[:1] == ["From last year"], (
            f"start number {start}: GET /tasks should still list the old task; got {titles}"
        )
        app.state.engine.dispose()
