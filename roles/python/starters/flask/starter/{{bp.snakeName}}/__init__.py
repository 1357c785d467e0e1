"""The Flask app factory: `flask --app {{bp.snakeName}} run` finds create_app() here and calls it."""

import os
from typing import Any

from flask import Flask

from . import db, tasks


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """A new app: settings, then the database, then the blueprints. Tests pass test_config to override settings."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        # The SQLite file, in the instance folder (instance/ beside the package) unless DATABASE says otherwise.
        DATABASE=os.environ.get("DATABASE", os.path.join(app.instance_path, "{{bp.snakeName}}.sqlite3")),
    )
    if test_config is not None:
        app.config.from_mapping(test_config)
    os.makedirs(os.path.dirname(os.path.abspath(app.config["DATABASE"])), exist_ok=True)

    db.init_app(app)
    app.register_blueprint(tasks.bp)

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app
