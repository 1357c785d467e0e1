// Reference solution of python/flask/flask-api-key: API_KEY (None by default, FLASK_API_KEY through
// from_prefixed_env) and a before_request hook on the tasks blueprint that refuses writes without it.
export default ({ snakeName }) => [
  {
    file: `${snakeName}/__init__.py`,
    replace: '    if test_config is not None:\n',
    with: `        # Writes need this key in X-API-Key; None (local development) leaves them open.
        API_KEY=None,
    )
    # FLASK_API_KEY=… sets API_KEY (values that parse as JSON are parsed).
    app.config.from_prefixed_env()
    if test_config is not None:
`,
  },
  {
    file: `${snakeName}/__init__.py`,
    replace: '.sqlite3")),\n    )\n',
    with: '.sqlite3")),\n',
  },
  {
    file: `${snakeName}/tasks.py`,
    replace: 'import sqlite3\n',
    with: 'import secrets\nimport sqlite3\n',
  },
  {
    file: `${snakeName}/tasks.py`,
    replace: 'from flask import Blueprint, request\n',
    with: 'from flask import Blueprint, current_app, request\n',
  },
  {
    file: `${snakeName}/tasks.py`,
    replace: 'bp = Blueprint("tasks", __name__, url_prefix="/tasks")\n',
    with: `bp = Blueprint("tasks", __name__, url_prefix="/tasks")


@bp.before_request
def require_api_key() -> tuple[dict[str, str], int] | None:
    """Writes need the configured key in X-API-Key; reads, and every request when no key is set, go through."""
    expected = current_app.config.get("API_KEY")
    if expected is None or request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    given = request.headers.get("X-API-Key", "")
    if not secrets.compare_digest(given.encode(), str(expected).encode()):
        return {"error": "missing or invalid API key (X-API-Key)"}, 401
    return None
`,
  },
];
