"""Check of the exercise "Protect writes with an API key"."""

import pytest


def test_writes_need_the_key(make_app) -> None:
    client = make_app(API_KEY="s3cret").test_client()
    refused = client.post("/tasks", json={"title": "no key"})
    assert refused.status_code == 401, f"POST /tasks without X-API-Key should answer 401; got {refused.status_code}"
    wrong = client.post("/tasks", json={"title": "wrong key"}, headers={"X-API-Key": "guess"})
    assert wrong.status_code == 401, f"POST /tasks with a wrong X-API-Key should answer 401; got {wrong.status_code}"
    body = refused.get_json(silent=True)
    assert isinstance(body, dict) and "error" in body, 'the 401 should be JSON {"error": "…"}'
    allowed = client.post("/tasks", json={"title": "with key"}, headers={"X-API-Key": "s3cret"})
    assert allowed.status_code == 201, f"POST /tasks with the right X-API-Key should answer 201; got {allowed.status_code}"


def test_reads_stay_public(make_app) -> None:
    client = make_app(API_KEY="s3cret").test_client()
    assert client.get("/tasks").status_code == 200, "GET /tasks needs no key"
    assert client.get("/health").status_code == 200, "GET /health needs no key"


def test_no_key_configured_leaves_writes_open(make_app) -> None:
    client = make_app().test_client()
    response = client.post("/tasks", json={"title": "open"})
    assert response.status_code == 201, f"with no API_KEY configured, POST /tasks should still answer 201; got {response.status_code}"


def test_the_key_comes_from_the_environment(make_app, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLASK_API_KEY", "from-env")
    app = make_app()
    assert app.config.get("API_KEY") == "from-env", (
        "create_app should read FLASK_-prefixed environment variables into the config "
        "(app.config.from_prefixed_env(), before test_config): FLASK_API_KEY=from-env should set API_KEY"
    )
    response = app.test_client().post("/tasks", json={"title": "no key"})
    assert response.status_code == 401, f"with FLASK_API_KEY set, POST /tasks without the key should answer 401; got {response.status_code}"
