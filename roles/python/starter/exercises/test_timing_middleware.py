"""Check for the exercise "Time every request with a Starlette middleware"."""

import logging

from {{bp.snakeName}}.config import Settings

from .support import PACKAGE


def process_time(response) -> float:
    value = response.headers.get("x-process-time")
    assert value is not None, (
        f"{response.request.method} {response.request.url.path} ({response.status_code}) "
        "should have an X-Process-Time header"
    )
    try:
        milliseconds = float(value)
    except ValueError:
        raise AssertionError(f"X-Process-Time should be a number of milliseconds such as 1.42; got {value!r}") from None
    assert 0 <= milliseconds < 60_000, f"X-Process-Time should be the request's duration in milliseconds; got {value}"
    return milliseconds


def slow_request_warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith(PACKAGE) and r.levelno >= logging.WARNING]


def test_every_response_has_a_process_time(client):
    task = client.post("/tasks", json={"title": "Timed"}).json()
    for response in (
        client.get("/health"),
        client.get("/tasks"),
        client.patch(f"/tasks/{task['id']}", json={"done": True}),
        client.get("/tasks/999999"),
        client.post("/tasks", json={}),
    ):
        process_time(response)


def test_settings_read_the_threshold_from_the_environment(monkeypatch):
    monkeypatch.setenv("SLOW_REQUEST_MS", "250")
    settings = Settings.from_env()
    assert getattr(settings, "slow_request_ms", None) == 250, (
        "Settings.from_env() should read slow_request_ms from SLOW_REQUEST_MS (as a number)"
    )
    monkeypatch.delenv("SLOW_REQUEST_MS")
    assert Settings.from_env().slow_request_ms == 500, "slow_request_ms should default to 500"


def test_slow_requests_are_logged(make_client, caplog):
    caplog.set_level(logging.WARNING)
    client = make_client(slow_request_ms=0)

    client.get("/tasks", params={"done": "false"})

    logged = slow_request_warnings(caplog)
    assert any("GET" in m and "/tasks" in m for m in logged), (
        "with slow_request_ms=0 every request is slow: GET /tasks should be logged as a warning "
        f"with its method and path; logged {logged}"
    )


def test_fast_requests_are_not_logged(make_client, caplog):
    caplog.set_level(logging.WARNING)
    client = make_client(slow_request_ms=60_000)

    response = client.get("/health")

    process_time(response)
    assert slow_request_warnings(caplog) == [], (
        f"requests faster than slow_request_ms should not be logged; logged {slow_request_warnings(caplog)}"
    )
