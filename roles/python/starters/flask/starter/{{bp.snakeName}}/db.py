"""The database: one sqlite3 connection per request (or app context), kept on `g` and closed when it ends."""

import sqlite3

from flask import Flask, current_app, g

SCHEMA = """
CREATE TABLE IF NOT EXISTS task (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
)
"""


def get_db() -> sqlite3.Connection:
    """This request's connection, opened on first use; rows read like dicts (row["title"])."""
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_db(error: BaseException | None = None) -> None:
    connection = g.pop("db", None)
    if connection is not None:
        connection.close()


def init_db() -> None:
    """Creates the tables that do not exist yet."""
    get_db().executescript(SCHEMA)


def init_app(app: Flask) -> None:
    """Closes the connection after every request, and creates the tables when the app is made."""
    app.teardown_appcontext(close_db)
    with app.app_context():
        init_db()
