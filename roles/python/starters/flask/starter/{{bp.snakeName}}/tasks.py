"""The tasks blueprint: JSON routes under /tasks."""

import sqlite3
from typing import Any

from flask import Blueprint, request

from .db import get_db

bp = Blueprint("tasks", __name__, url_prefix="/tasks")


def task_json(row: sqlite3.Row) -> dict[str, Any]:
    return {"id": row["id"], "title": row["title"], "done": bool(row["done"]), "created_at": row["created_at"]}


@bp.get("")
def list_tasks() -> list[dict[str, Any]] | tuple[dict[str, str], int]:
    """GET /tasks, or /tasks?done=true|false for one kind; oldest first."""
    done = request.args.get("done")
    if done is None:
        rows = get_db().execute("SELECT * FROM task ORDER BY id").fetchall()
    elif done in ("true", "false"):
        rows = get_db().execute("SELECT * FROM task WHERE done = ? ORDER BY id", (done == "true",)).fetchall()
    else:
        return {"error": "done must be true or false"}, 400
    # Flask answers a returned dict or list as JSON.
    return [task_json(row) for row in rows]


@bp.post("")
def create_task() -> tuple[dict[str, Any], int]:
    """POST /tasks with {"title": "…"}: 201 and the new task."""
    body = request.get_json(silent=True)
    title = body.get("title") if isinstance(body, dict) else None
    if not isinstance(title, str) or not title.strip():
        return {"error": "send a JSON object with a non-empty string title"}, 400
    db = get_db()
    cursor = db.execute("INSERT INTO task (title) VALUES (?)", (title.strip(),))
    db.commit()
    row = db.execute("SELECT * FROM task WHERE id = ?", (cursor.lastrowid,)).fetchone()
    return task_json(row), 201
