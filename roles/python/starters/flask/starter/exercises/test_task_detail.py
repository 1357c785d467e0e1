"""Check of the exercise "One task: read, update and delete it"."""

from flask.testing import FlaskClient


def create(client: FlaskClient, title: str) -> int:
    return client.post("/tasks", json={"title": title}).get_json()["id"]


def test_get_returns_the_task(client: FlaskClient) -> None:
    task_id = create(client, "read me")
    response = client.get(f"/tasks/{task_id}")
    assert response.status_code == 200, f"GET /tasks/{task_id} should answer 200; got {response.status_code}"
    assert response.get_json()["title"] == "read me", f"GET /tasks/{task_id} should answer the task as JSON"


def test_missing_task_is_a_json_404(client: FlaskClient) -> None:
    response = client.get("/tasks/999")
    assert response.status_code == 404, f"GET /tasks/999 (no such task) should answer 404; got {response.status_code}"
    body = response.get_json(silent=True)
    assert isinstance(body, dict) and "error" in body, 'GET /tasks/999 should answer JSON {"error": "…"}, not HTML'


def test_patch_updates(client: FlaskClient) -> None:
    task_id = create(client, "old")
    response = client.patch(f"/tasks/{task_id}", json={"title": "new", "done": True})
    assert response.status_code == 200, f"PATCH /tasks/{task_id} should answer 200; got {response.status_code}"
    assert response.get_json()["title"] == "new" and response.get_json()["done"] is True, "PATCH should answer the changed task"
    again = client.get(f"/tasks/{task_id}").get_json()
    assert (again["title"], again["done"]) == ("new", True), "PATCH should save the change"
    assert client.patch(f"/tasks/{task_id}", json={"done": False}).get_json()["title"] == "new", (
        "PATCH with only done should leave the title as it is"
    )
    bad = client.patch(f"/tasks/{task_id}", json={"done": "yes"})
    assert bad.status_code == 400, f'PATCH with {{"done": "yes"}} should answer 400 (done is a boolean); got {bad.status_code}'
    blank = client.patch(f"/tasks/{task_id}", json={"title": "  "})
    assert blank.status_code == 400, f"PATCH with a blank title should answer 400; got {blank.status_code}"
    missing = client.patch("/tasks/999", json={"done": True})
    assert missing.status_code == 404, f"PATCH /tasks/999 should answer 404; got {missing.status_code}"


def test_delete_removes(client: FlaskClient) -> None:
    task_id = create(client, "gone")
    response = client.delete(f"/tasks/{task_id}")
    assert response.status_code == 204, f"DELETE /tasks/{task_id} should answer 204; got {response.status_code}"
    assert response.data == b"", "a 204 has no body"
    assert client.get(f"/tasks/{task_id}").status_code == 404, "a deleted task should be gone"
    again = client.delete(f"/tasks/{task_id}")
    assert again.status_code == 404, f"deleting it again should answer 404; got {again.status_code}"


def test_the_id_is_an_int(client: FlaskClient) -> None:
    response = client.get("/tasks/abc")
    assert response.status_code == 404, "use the <int:task_id> converter, so /tasks/abc matches no route"
