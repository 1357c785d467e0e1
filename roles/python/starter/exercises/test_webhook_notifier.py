"""Check for the exercise "Send task events to a webhook"."""

import asyncio
import json
import logging
import socket

try:  # the same choice as the app should make: httpx2 where it is installed, else httpx (older stacks)
    import httpx2 as httpx
except ImportError:
    import httpx

from {{bp.snakeName}}.config import Settings

from .support import PACKAGE, require

HOOK = "https://hooks.example.com/tasks"


def webhook_notifier(handler):
    WebhookNotifier = require("notifications", "WebhookNotifier", "a WebhookNotifier(url, transport=None) class")
    return WebhookNotifier(HOOK, transport=httpx.MockTransport(handler))


def warnings_from_the_app(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith(PACKAGE) and r.levelno >= logging.WARNING]


def test_settings_read_the_url_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEBHOOK_URL", HOOK)
    settings = Settings.from_env()
    assert getattr(settings, "webhook_url", None) == HOOK, (
        "Settings.from_env() should read webhook_url from the WEBHOOK_URL environment variable"
    )


def test_each_event_is_posted_as_json():
    requests: list = []

    def handler(request):
        requests.append(request)
        return httpx.Response(204)

    notifier = webhook_notifier(handler)
    asyncio.run(notifier.task_created(7, "Ship it"))
    asyncio.run(notifier.task_completed(7, "Ship it"))

    sent = [(r.method, str(r.url), json.loads(r.content or b"null")) for r in requests]
    assert sent == [
        ("POST", HOOK, {"event": "task.created", "task_id": 7, "title": "Ship it"}),
        ("POST", HOOK, {"event": "task.completed", "task_id": 7, "title": "Ship it"}),
    ], (
        'WebhookNotifier should POST {"event": "task.created" | "task.completed", "task_id", "title"} '
        f"as JSON to its URL; sent {sent}"
    )


def test_a_failing_webhook_is_logged_not_raised(caplog):
    def server_error(request):
        return httpx.Response(500, text="down for maintenance")

    def unreachable(request):
        raise httpx.ConnectError("connection refused", request=request)

    for what, handler in (("answers 500", server_error), ("cannot be reached", unreachable)):
        caplog.clear()
        try:
            asyncio.run(webhook_notifier(handler).task_created(1, "Still fine"))
        except Exception as error:  # noqa: BLE001 - the point of the check
            raise AssertionError(
                f"when the webhook {what}, task_created should log and return, not raise {error!r}"
            ) from None
        assert warnings_from_the_app(caplog), (
            f"when the webhook {what}, WebhookNotifier should log a warning (logging.getLogger(__name__))"
        )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_app_uses_the_webhook_when_configured(make_client, caplog):
    url = f"http://127.0.0.1:{closed_port()}/hooks"
    client = make_client(webhook_url=url)
    caplog.set_level(logging.WARNING)

    response = client.post("/tasks", json={"title": "Notify nobody"})

    assert response.status_code == 201, (
        f"POST /tasks should answer 201 even when the webhook is down; got {response.status_code}"
    )
    assert warnings_from_the_app(caplog), (
        f"with webhook_url set to {url} (where nothing listens), POST /tasks should try the webhook after the response "
        "and log a warning: get_notifier() should return a WebhookNotifier when Settings.webhook_url is set"
    )


def test_the_app_logs_events_when_no_webhook_is_set(make_client, caplog):
    caplog.set_level(logging.INFO, logger=f"{PACKAGE}.notifications")
    client = make_client(webhook_url=None)

    task = client.post("/tasks", json={"title": "Just log it"}).json()

    assert f"Task {task['id']} created: Just log it" in caplog.messages, (
        "without webhook_url, get_notifier() should keep the logging Notifier"
    )
