"""Check for the exercise "Document the API"."""

import re

import pytest


@pytest.fixture
def spec(client) -> dict:
    response = client.get("/openapi.json")
    assert response.status_code == 200, f"GET /openapi.json should answer 200; got {response.status_code}"
    return response.json()


def task_operations(spec):
    """(METHOD, path, operation, the summary FastAPI would generate) for every /tasks endpoint."""
    for path, operations in spec["paths"].items():
        if path.startswith("/tasks"):
            for method, operation in operations.items():
                # FastAPI's operationId is <function name><path>_<method> with non-word characters as "_".
                suffix = re.sub(r"\W", "_", path) + "_" + method
                operation_id = operation.get("operationId", "")
                name = operation_id[: -len(suffix)] if operation_id.endswith(suffix) else ""
                yield method.upper(), path, operation, name.replace("_", " ").title()


def resolve(spec: dict, schema: dict) -> dict:
    ref = schema.get("$ref", "")
    return spec["components"]["schemas"][ref.rsplit("/", 1)[-1]] if ref else schema


def test_the_api_has_a_description(spec):
    assert spec["info"].get("description", "").strip(), (
        "the API should describe itself: FastAPI(description=…) in create_app()"
    )


def test_every_endpoint_has_a_summary_and_a_description(spec):
    for method, path, operation, generated in task_operations(spec):
        assert operation.get("summary") not in (None, "", generated), (
            f'{method} {path} should have a summary of your own (summary="…"), not the generated "{generated}"'
        )
        assert operation.get("description", "").strip(), (
            f"{method} {path} should have a description (the function's docstring)"
        )


@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_not_found_is_documented(spec, method):
    responses = spec["paths"]["/tasks/{task_id}"][method]["responses"]
    assert "404" in responses, (
        f"{method.upper()} /tasks/{{task_id}} should document its 404 response (responses={{404: …}})"
    )
    schema = responses["404"].get("content", {}).get("application/json", {}).get("schema", {})
    properties = resolve(spec, schema).get("properties", {})
    assert "detail" in properties, (
        f"{method.upper()} /tasks/{{task_id}}'s 404 should have a model with the detail field the API sends, "
        f'e.g. responses={{404: {{"model": ErrorMessage}}}}; got {schema or "no schema"}'
    )


@pytest.mark.parametrize("model", ["TaskCreate", "TaskUpdate"])
def test_request_models_have_examples(spec, model):
    schema = spec["components"]["schemas"][model]
    places = [schema, *schema.get("properties", {}).values()]
    assert any("example" in place or "examples" in place for place in places), (
        f"the {model} schema should carry an example for /docs (Field(examples=[…]) or the model's JSON schema extra)"
    )
