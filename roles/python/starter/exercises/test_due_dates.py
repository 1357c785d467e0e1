"""Check for the exercise "Due dates and overdue tasks"."""

from datetime import date, timedelta

from {{bp.snakeName}}.models import Task

TODAY = date.today()


def days(n: int) -> str:
    return (TODAY + timedelta(days=n)).isoformat()


def create(client, **fields) -> dict:
    response = client.post("/tasks", json={"title": "Due soon", **fields})
    assert response.status_code == 201, (
        f"POST /tasks with {fields} should answer 201; got {response.status_code}: {response.text}"
    )
    return response.json()


def set_due_date_in_the_database(app, task_id: int, due: date) -> None:
    """Simulates time passing: the API rightly refuses past due dates, so the check writes one directly."""
    assert "due_date" in Task.__table__.columns, (
        "the Task model in models.py should have a due_date column (Column(Date, nullable=True))"
    )
    with app.state.session_factory() as session:
        session.get(Task, task_id).due_date = due
        session.commit()


def test_tasks_take_an_optional_due_date(client):
    task = create(client, due_date=days(3))

    assert task.get("due_date") == days(3), (
        f"POST /tasks with due_date {days(3)} should return it; got {task.get('due_date', 'no due_date field')}"
    )
    assert client.get(f"/tasks/{task['id']}").json().get("due_date") == days(3), (
        "GET /tasks/{id} should return the stored due_date"
    )
    undated = create(client)
    assert "due_date" in undated and undated["due_date"] is None, (
        f'a task created without a due date should have "due_date": null; got {undated}'
    )


def test_due_dates_in_the_past_or_invalid_are_rejected(client):
    for due, why in ((days(-1), "in the past"), ("next tuesday", "that is not a date")):
        response = client.post("/tasks", json={"title": "Too late", "due_date": due})
        assert response.status_code == 422, (
            f"POST /tasks with a due_date {why} ({due!r}) should answer 422; got {response.status_code}"
        )
    assert create(client, due_date=days(0))["due_date"] == days(0), "a task may be due today"
    titles = [t["title"] for t in client.get("/tasks").json()]
    assert titles == ["Due soon"], f"rejected tasks must not be stored; GET /tasks lists {titles}"


def test_patch_sets_and_validates_the_due_date(client):
    task = create(client)

    response = client.patch(f"/tasks/{task['id']}", json={"due_date": days(5)})
    assert response.status_code == 200 and response.json().get("due_date") == days(5), (
        f"PATCH /tasks/{{id}} with due_date {days(5)} should return it; got {response.status_code} {response.text}"
    )
    response = client.patch(f"/tasks/{task['id']}", json={"due_date": days(-2)})
    assert response.status_code == 422, (
        f"PATCH /tasks/{{id}} with a due_date in the past should answer 422; got {response.status_code}"
    )
    response = client.patch(f"/tasks/{task['id']}", json={"title": "Renamed"})
    assert response.json().get("due_date") == days(5), "a PATCH that leaves due_date out should keep it"


def test_overdue_filter_returns_open_tasks_past_their_due_date(make_app):
    from fastapi.testclient import TestClient

    app = make_app()
    with TestClient(app) as client:
        future = create(client, title="Future", due_date=days(2))
        late = create(client, title="Late", due_date=days(1))
        late_but_done = create(client, title="Late but done", due_date=days(1))
        create(client, title="No due date")
        client.patch(f"/tasks/{late_but_done['id']}", json={"done": True})
        set_due_date_in_the_database(app, late["id"], TODAY - timedelta(days=3))
        set_due_date_in_the_database(app, late_but_done["id"], TODAY - timedelta(days=3))

        response = client.get("/tasks", params={"overdue": "true"})
        assert response.status_code == 200, f"GET /tasks?overdue=true should answer 200; got {response.status_code}"
        titles = [t["title"] for t in response.json()]
        assert titles == ["Late"], (
            f"GET /tasks?overdue=true should return only the open task whose due date has passed (Late); got {titles}"
        )
        everything = [t["title"] for t in client.get("/tasks").json()]
        assert len(everything) == 4, f"GET /tasks without overdue should still list all 4 tasks; got {everything}"
        assert future["due_date"] == days(2)
