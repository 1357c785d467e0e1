"""Check of the exercise "A command: flask clear-done"."""

from flask import Flask


def invoke(app: Flask, *args: str):
    result = app.test_cli_runner().invoke(args=["clear-done", *args])
    assert "No such command" not in result.output, (
        'there is no "clear-done" command: add one with @app.cli.command("clear-done") or a blueprint\'s cli'
    )
    assert result.exception is None or isinstance(result.exception, SystemExit), f"clear-done raised {result.exception!r}"
    assert result.exit_code == 0, f"clear-done should exit with 0; got {result.exit_code}: {result.output}"
    return result


def add_tasks(app: Flask) -> None:
    client = app.test_client()
    for title in ("keep", "drop one", "drop two"):
        client.post("/tasks", json={"title": title})
    from {{bp.snakeName}}.db import get_db

    with app.app_context():
        db = get_db()
        db.execute("UPDATE task SET done = 1 WHERE title LIKE 'drop%'")
        db.commit()


def titles(app: Flask) -> list[str]:
    return [task["title"] for task in app.test_client().get("/tasks").get_json()]


def test_clear_done_deletes_done_tasks(app: Flask) -> None:
    add_tasks(app)
    result = invoke(app)
    assert titles(app) == ["keep"], f"after clear-done only the open task should be left; got {titles(app)}"
    assert "Deleted 2 done tasks." in result.output, f'clear-done should print "Deleted 2 done tasks."; printed {result.output!r}'


def test_dry_run_deletes_nothing(app: Flask) -> None:
    add_tasks(app)
    result = invoke(app, "--dry-run")
    assert len(titles(app)) == 3, "clear-done --dry-run should delete nothing"
    assert "Would delete 2 done tasks." in result.output, (
        f'clear-done --dry-run should print "Would delete 2 done tasks."; printed {result.output!r}'
    )
