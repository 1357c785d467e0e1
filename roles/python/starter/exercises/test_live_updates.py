"""Check for the exercise "Live task updates over a WebSocket"."""

import pytest

from .support import receive_json


def connect(client):
    try:
        return client.websocket_connect("/ws/tasks").__enter__()
    except Exception as error:  # noqa: BLE001 - a missing route ends the handshake with an exception
        refused = repr(error)
    pytest.fail(f"connecting to ws://…/ws/tasks should succeed; it failed with {refused}", pytrace=False)


def test_a_client_hears_about_new_and_completed_tasks(client):
    websocket = connect(client)
    try:
        task = client.post("/tasks", json={"title": "Watch me"}).json()
        created = receive_json(websocket, "after POST /tasks, /ws/tasks should send the task.created event")
        assert created == {"event": "task.created", "task_id": task["id"], "title": "Watch me"}, (
            'after POST /tasks, /ws/tasks should send {"event": "task.created", "task_id": …, "title": …}; '
            f"got {created}"
        )
        client.patch(f"/tasks/{task['id']}", json={"done": True})
        completed = receive_json(
            websocket, "after PATCH /tasks/{id} with done: true, /ws/tasks should send task.completed"
        )
        assert completed == {"event": "task.completed", "task_id": task["id"], "title": "Watch me"}, (
            f'after completing a task, /ws/tasks should send {{"event": "task.completed", …}}; got {completed}'
        )
    finally:
        websocket.__exit__(None, None, None)


def test_every_connected_client_gets_every_event(client):
    first, second = connect(client), connect(client)
    try:
        task = client.post("/tasks", json={"title": "Broadcast"}).json()
        for n, websocket in enumerate((first, second), start=1):
            event = receive_json(websocket, f"with two clients connected, client {n} should get task.created")
            assert event.get("task_id") == task["id"], (
                f"client {n} should get the event of task {task['id']}; got {event}"
            )
    finally:
        second.__exit__(None, None, None)
        first.__exit__(None, None, None)


def test_clients_that_left_are_forgotten(client):
    leaving, staying = connect(client), connect(client)
    leaving.__exit__(None, None, None)

    response = client.post("/tasks", json={"title": "After a goodbye"})
    try:
        assert response.status_code == 201, (
            f"POST /tasks should answer 201 after a client disconnected; got {response.status_code}"
        )
        event = receive_json(staying, "the client still connected should get task.created after another one left")
        assert event.get("title") == "After a goodbye", (
            f"the remaining client should get the new task's event; got {event}"
        )
    finally:
        staying.__exit__(None, None, None)
