from flask.testing import FlaskClient

from {{bp.snakeName}}.db import get_db


def test_health(client: FlaskClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_create_and_list(client: FlaskClient) -> None:
    created = client.post("/tasks", json={"title": "  Learn Flask  "})
    assert created.status_code == 201
    task = created.get_json()
    assert task["title"] == "Learn Flask"
    assert task["done"] is False
    assert isinstance(task["id"], int)
    listed = client.get("/tasks")
    assert listed.status_code == 200
    assert [t["title"] for t in listed.get_json()] == ["Learn Flask"]


def test_create_refuses_a_missing_or_blank_title(client: FlaskClient) -> None:
    for body in ({}, {"title": "   "}, {"title": 3}, ["a list"]):
        response = client.post("/tasks", json=body)
        assert response.status_code == 400, body
        assert "error" in response.get_json()
    response = client.post("/tasks", data="not json", content_type="application/json")
    assert response.status_code == 400
    assert client.get("/tasks").get_json() == []


def test_filter_by_done(app, client: FlaskClient) -> None:
    client.post("/tasks", json={"title": "open"})
    client.post("/tasks", json={"title": "finished"})
    with app.app_context():
        db = get_db()
        db.execute("UPDATE task SET done = 1 WHERE title = 'finished'")
        db.commit()
    assert [t["title"] for t in client.get("/tasks?done=true").get_json()] == ["finished"]
    assert [t["title"] for t in client.get("/tasks?done=false").get_json()] == ["open"]
    assert client.get("/tasks?done=maybe").status_code == 400


def test_each_app_has_its_own_database(tmp_path) -> None:
    from {{bp.snakeName}} import create_app

    first = create_app({"TESTING": True, "DATABASE": str(tmp_path / "a.sqlite3")}).test_client()
    second = create_app({"TESTING": True, "DATABASE": str(tmp_path / "b.sqlite3")}).test_client()
    first.post("/tasks", json={"title": "only in a"})
    assert second.get("/tasks").get_json() == []
