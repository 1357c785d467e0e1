import logging

import pytest
from fastapi.testclient import TestClient

from {{bp.snakeName}}.app import create_app
from {{bp.snakeName}}.config import Settings


def create(client: TestClient, **fields) -> dict:
    response = client.post("/tasks", json={"title": "Write tests", **fields})
    assert response.status_code == 201, response.text
    return response.json()


def test_health(client):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_create_returns_the_stored_task(client):
    task = create(client, title="Ship it", description="Friday")

    assert task["id"] > 0
    assert task["title"] == "Ship it"
    assert task["description"] == "Friday"
    assert task["done"] is False
    assert task["created_at"]
    assert client.get(f"/tasks/{task['id']}").json() == task


def test_create_notifies_in_the_background(client, notifier):
    task = create(client, title="Ship it")

    assert notifier.events == [("created", task["id"], "Ship it")]


@pytest.mark.parametrize(
    "body",
    [{}, {"title": ""}, {"title": "x" * 201}, {"title": "ok", "description": "x" * 2001}, {"title": None}],
)
def test_create_rejects_invalid_bodies(client, notifier, body):
    response = client.post("/tasks", json=body)

    assert response.status_code == 422
    assert client.get("/tasks").json() == []
    assert notifier.events == []


def test_unknown_task_is_404(client):
    for response in (
        client.get("/tasks/999"),
        client.patch("/tasks/999", json={"done": True}),
        client.delete("/tasks/999"),
    ):
        assert response.status_code == 404
        assert response.json() == {"detail": "Task 999 not found"}


def test_list_filters_by_done_and_paginates(client):
    ids = [create(client, title=f"Task {n}")["id"] for n in range(5)]
    client.patch(f"/tasks/{ids[1]}", json={"done": True})

    assert [t["id"] for t in client.get("/tasks").json()] == ids
    assert [t["id"] for t in client.get("/tasks", params={"done": True}).json()] == [ids[1]]
    assert [t["id"] for t in client.get("/tasks", params={"done": False}).json()] == [ids[0], *ids[2:]]
    assert [t["id"] for t in client.get("/tasks", params={"limit": 2, "offset": 1}).json()] == ids[1:3]


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 101}, {"offset": -1}, {"done": "maybe"}])
def test_list_rejects_bad_query_parameters(client, params):
    assert client.get("/tasks", params=params).status_code == 422


def test_patch_changes_only_the_given_fields(client):
    task = create(client, title="Draft", description="keep me")

    response = client.patch(f"/tasks/{task['id']}", json={"title": "Final", "done": None})

    assert response.status_code == 200
    assert response.json() == {**task, "title": "Final"}
    assert client.get(f"/tasks/{task['id']}").json() == {**task, "title": "Final"}


def test_patch_validates_like_create(client):
    task = create(client)

    assert client.patch(f"/tasks/{task['id']}", json={"title": ""}).status_code == 422
    assert client.get(f"/tasks/{task['id']}").json()["title"] == task["title"]


def test_completing_a_task_notifies_once(client, notifier):
    task = create(client)

    client.patch(f"/tasks/{task['id']}", json={"done": True})
    client.patch(f"/tasks/{task['id']}", json={"done": True, "title": "Still done"})

    assert notifier.events == [("created", task["id"], "Write tests"), ("completed", task["id"], "Write tests")]


def test_delete_removes_the_task(client):
    task = create(client)

    response = client.delete(f"/tasks/{task['id']}")

    assert response.status_code == 204
    assert response.content == b""
    assert client.get(f"/tasks/{task['id']}").status_code == 404


def test_tasks_are_stored_in_the_database(database_url):
    task = None
    for _restart in range(2):
        app = create_app(Settings(database_url=database_url))
        with TestClient(app) as client:
            if task is None:
                task = create(client, title="Survive a restart")
            else:
                assert client.get(f"/tasks/{task['id']}").json() == task
        app.state.engine.dispose()


def test_default_notifier_logs_events(database_url, caplog):
    caplog.set_level(logging.INFO, logger="{{bp.snakeName}}.notifications")
    app = create_app(Settings(database_url=database_url))

    with TestClient(app) as client:
        task = create(client, title="Logged")
        client.patch(f"/tasks/{task['id']}", json={"done": True})
    app.state.engine.dispose()

    messages = [r.getMessage() for r in caplog.records if r.name == "{{bp.snakeName}}.notifications"]
    assert messages == [f"Task {task['id']} created: Logged", f"Task {task['id']} completed: Logged"]
