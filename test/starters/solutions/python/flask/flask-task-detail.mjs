// Reference solution of python/flask/flask-task-detail: GET, PATCH and DELETE /tasks/<int:task_id> on the tasks
// blueprint, with JSON 404s and 400s.
export default ({ snakeName }) => [
  {
    file: `${snakeName}/tasks.py`,
    replace: '    return task_json(row), 201\n',
    with: `    return task_json(row), 201


def find_task(task_id: int) -> sqlite3.Row | None:
    return get_db().execute("SELECT * FROM task WHERE id = ?", (task_id,)).fetchone()


def not_found(task_id: int) -> tuple[dict[str, str], int]:
    return {"error": f"no task {task_id}"}, 404


@bp.get("/<int:task_id>")
def get_task(task_id: int) -> dict[str, Any] | tuple[dict[str, str], int]:
    row = find_task(task_id)
    return task_json(row) if row is not None else not_found(task_id)


@bp.patch("/<int:task_id>")
def update_task(task_id: int) -> dict[str, Any] | tuple[dict[str, str], int]:
    body = request.get_json(silent=True)
    if (
        not isinstance(body, dict)
        or ("title" in body and not (isinstance(body["title"], str) and body["title"].strip()))
        or ("done" in body and not isinstance(body["done"], bool))
    ):
        return {"error": "send a JSON object with a non-empty string title and/or a boolean done"}, 400
    if find_task(task_id) is None:
        return not_found(task_id)
    db = get_db()
    if "title" in body:
        db.execute("UPDATE task SET title = ? WHERE id = ?", (body["title"].strip(), task_id))
    if "done" in body:
        db.execute("UPDATE task SET done = ? WHERE id = ?", (body["done"], task_id))
    db.commit()
    return task_json(find_task(task_id))


@bp.delete("/<int:task_id>")
def delete_task(task_id: int) -> tuple[str, int] | tuple[dict[str, str], int]:
    db = get_db()
    if db.execute("DELETE FROM task WHERE id = ?", (task_id,)).rowcount == 0:
        return not_found(task_id)
    db.commit()
    return "", 204
`,
  },
];
