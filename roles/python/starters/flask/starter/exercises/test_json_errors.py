"""Check of the exercise "JSON errors, app-wide"."""

import pytest
from flask import Flask


def json_error(response, what: str, status: int) -> dict:
    assert response.status_code == status, f"{what} should answer {status}; got {response.status_code}"
    assert response.is_json, f'{what} should answer JSON {{"error": "…"}}; got {response.content_type}: {response.data[:60]!r}'
    body = response.get_json()
    assert isinstance(body, dict) and isinstance(body.get("error"), str) and body["error"], (
        f'{what} should answer {{"error": "<a sentence>"}}; got {body!r}'
    )
    return body


def test_unknown_url_is_a_json_404(client) -> None:
    json_error(client.get("/no-such-page"), "GET /no-such-page", 404)


def test_wrong_method_is_a_json_405(client) -> None:
    response = client.delete("/health")
    json_error(response, "DELETE /health", 405)
    assert "GET" in response.headers.get("Allow", ""), "a 405 keeps its Allow header (the methods the URL takes)"


def test_abort_is_json_with_its_description(app: Flask) -> None:
    from flask import abort

    @app.get("/teapot")
    def teapot():
        abort(418, description="I am a teapot")

    body = json_error(app.test_client().get("/teapot"), "a view that calls abort(418, description=…)", 418)
    assert body["error"] == "I am a teapot", f"the error should be abort()'s description; got {body['error']!r}"


@pytest.mark.filterwarnings("ignore")
def test_a_crash_is_a_json_500_without_details(make_app) -> None:
    app = make_app(TESTING=False)

    @app.get("/crash")
    def crash():
        raise RuntimeError("secret internals")

    body = json_error(app.test_client().get("/crash"), "a view that raises an exception", 500)
    assert "secret" not in body["error"], "a 500 must not show the exception's message to the client"
