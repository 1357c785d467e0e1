"""Helpers for the exercise checks: they fail with a sentence that says what to add, not with a traceback."""

import importlib
import threading
from typing import Any

import pytest

from {{bp.snakeName}}.config import Settings

PACKAGE = "{{bp.snakeName}}"

# The Settings fields the exercises add, and the environment variable each one reads.
SETTINGS_FIELDS = {
    "api_key": ("str | None = None", "API_KEY"),
    "webhook_url": ("str | None = None", "WEBHOOK_URL"),
    "slow_request_ms": ("float = 500", "SLOW_REQUEST_MS"),
}


def make_settings(**fields: Any) -> Settings:
    """Settings(**fields), or a failure that names the field to add to config.py."""
    for name in fields:
        if name != "database_url" and name not in getattr(Settings, "__dataclass_fields__", {name: None}):
            declaration, variable = SETTINGS_FIELDS.get(name, ("…", name.upper()))
            pytest.fail(
                f"Settings in {PACKAGE}/config.py has no {name} field: add `{name}: {declaration}` "
                f"(read from the {variable} environment variable in from_env)",
                pytrace=False,
            )
    return Settings(**fields)


def require(module: str, name: str, what: str) -> Any:
    """`name` from {PACKAGE}.`module`, or a failure that says what to create."""
    try:
        loaded = importlib.import_module(f"{PACKAGE}.{module}")
    except ModuleNotFoundError as error:
        if error.name != f"{PACKAGE}.{module}":
            raise
        loaded = None
    if loaded is None:  # failed out here, so the report does not show the ImportError as well
        pytest.fail(f"create {PACKAGE}/{module.replace('.', '/')}.py with {what}", pytrace=False)
    if not hasattr(loaded, name):
        pytest.fail(f"{PACKAGE}/{module.replace('.', '/')}.py has no {name}: add {what}", pytrace=False)
    return getattr(loaded, name)


def receive_json(websocket, what: str, timeout: float = 10.0) -> Any:
    """The next JSON message on a TestClient WebSocket, or a failure after `timeout` seconds (the TestClient's own
    receive waits forever)."""
    box: dict[str, Any] = {}

    def receive() -> None:
        try:
            box["message"] = websocket.receive_json()
        except BaseException as error:  # noqa: BLE001 - reported below, in the test's thread
            box["error"] = error

    thread = threading.Thread(target=receive, daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        pytest.fail(f"{what}; nothing arrived within {timeout:g} s", pytrace=False)
    if "error" in box:
        pytest.fail(f"{what}; the connection ended instead ({box['error']!r})", pytrace=False)
    return box["message"]
