// Reference solution of python/flask/flask-json-errors: every HTTPException answered as JSON with its status and
// headers, and an unexpected exception as a JSON 500 that hides its message.
export default ({ snakeName }) => [
  {
    file: `${snakeName}/errors.py`,
    content: `"""Errors as JSON: API clients get {"error": "…"} with the status, never Flask's HTML pages."""

from flask import Flask, Response, json
from werkzeug.exceptions import HTTPException, InternalServerError


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response:
        # get_response() keeps the status and headers (a 405's Allow); only the body becomes JSON.
        response = error.get_response()
        response.data = json.dumps({"error": error.description})
        response.content_type = "application/json"
        return response

    @app.errorhandler(InternalServerError)
    def internal_error(error: InternalServerError) -> tuple[dict[str, str], int]:
        # error.original_exception is what the view raised: logged by Flask, never shown to the client.
        return {"error": "Something went wrong on our side."}, 500
`,
  },
  {
    file: `${snakeName}/__init__.py`,
    replace: 'from . import db, tasks\n',
    with: 'from . import db, tasks\nfrom .errors import register_error_handlers\n',
  },
  {
    file: `${snakeName}/__init__.py`,
    replace: '    app.register_blueprint(tasks.bp)\n',
    with: '    app.register_blueprint(tasks.bp)\n    register_error_handlers(app)\n',
  },
];
