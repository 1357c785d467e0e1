"""Check for the exercise "Protect writes with an API key"."""

from {{bp.snakeName}}.config import Settings

from .support import require

KEY = "test-key-4f1c"


def writes(client, headers: dict[str, str]):
    """POST, PATCH and DELETE with the given headers; a task to change is created with the right key first."""
    task = client.post("/tasks", json={"title": "Target"}, headers={"X-API-Key": KEY}).json()
    return [
        ("POST /tasks", client.post("/tasks", json={"title": "New"}, headers=headers)),
        ("PATCH /tasks/{id}", client.patch(f"/tasks/{task.get('id', 1)}", json={"done": True}, headers=headers)),
        ("DELETE /tasks/{id}", client.delete(f"/tasks/{task.get('id', 1)}", headers=headers)),
    ]


def test_settings_read_the_key_from_the_environment(monkeypatch):
    monkeypatch.setenv("API_KEY", "from-env")
    settings = Settings.from_env()
    assert getattr(settings, "api_key", None) == "from-env", (
        "Settings.from_env() should read api_key from the API_KEY environment variable"
    )


def test_writes_without_a_key_are_refused(make_client):
    client = make_client(api_key=KEY)
    for what, response in writes(client, {}):
        assert response.status_code == 401, (
            f"{what} without an X-API-Key header should answer 401; got {response.status_code}"
        )


def test_writes_with_a_wrong_key_are_refused(make_client):
    client = make_client(api_key=KEY)
    for what, response in writes(client, {"X-API-Key": "wrong"}):
        assert response.status_code == 401, (
            f"{what} with a wrong X-API-Key should answer 401; got {response.status_code}"
        )
    assert [t["done"] for t in client.get("/tasks").json()] == [False], "a refused write must change nothing"


def test_writes_with_the_key_work(make_client):
    client = make_client(api_key=KEY)
    answers = [(what, response.status_code) for what, response in writes(client, {"X-API-Key": KEY})]
    assert answers == [("POST /tasks", 201), ("PATCH /tasks/{id}", 200), ("DELETE /tasks/{id}", 204)], (
        f"writes with the right X-API-Key should succeed; got {answers}"
    )


def test_reads_need_no_key(make_client):
    client = make_client(api_key=KEY)
    task = client.post("/tasks", json={"title": "Public"}, headers={"X-API-Key": KEY}).json()
    for path in ("/health", "/tasks", f"/tasks/{task.get('id', 1)}"):
        response = client.get(path)
        assert response.status_code == 200, f"GET {path} needs no key and should answer 200; got {response.status_code}"


def test_the_key_check_is_a_dependency_tests_can_override(make_client):
    require_api_key = require("security", "require_api_key", "a require_api_key dependency")
    client = make_client(api_key=KEY)
    client.app.dependency_overrides[require_api_key] = lambda: None

    response = client.post("/tasks", json={"title": "Overridden"})
    assert response.status_code == 201, (
        "with app.dependency_overrides[require_api_key] set, POST /tasks without a key should answer 201 "
        f"(attach require_api_key with Depends, not as code inside the handler); got {response.status_code}"
    )


def test_the_docs_show_the_key(make_client):
    client = make_client(api_key=KEY)
    spec = client.get("/openapi.json").json()
    schemes = spec.get("components", {}).get("securitySchemes", {})
    header = [
        name
        for name, s in schemes.items()
        if s.get("type") == "apiKey" and s.get("in") == "header" and s.get("name") == "X-API-Key"
    ]
    assert header, (
        "/openapi.json should declare the X-API-Key header as an apiKey security scheme "
        "(fastapi.security.APIKeyHeader), so /docs gets an Authorize button"
    )
    operations = spec["paths"]
    for path, method in (("/tasks", "post"), ("/tasks/{task_id}", "patch"), ("/tasks/{task_id}", "delete")):
        security = operations.get(path, {}).get(method, {}).get("security", [])
        assert any(header[0] in requirement for requirement in security), (
            f"{method.upper()} {path} in /openapi.json should require the {header[0]} security scheme"
        )
    assert not operations["/tasks"]["get"].get("security"), "GET /tasks should stay public in /openapi.json"
