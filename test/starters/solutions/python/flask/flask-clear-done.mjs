// Reference solution of python/flask/flask-clear-done: `flask clear-done [--dry-run]`, a Click command on the app.
export default ({ snakeName }) => [
  {
    file: `${snakeName}/__init__.py`,
    replace: 'from flask import Flask\n',
    with: 'import click\nfrom flask import Flask\n',
  },
  {
    file: `${snakeName}/__init__.py`,
    replace: '    return app\n',
    with: `    @app.cli.command("clear-done")
    @click.option("--dry-run", is_flag=True, help="Only say how many tasks would go.")
    def clear_done(dry_run: bool) -> None:
        """Delete the tasks that are done."""
        connection = db.get_db()
        if dry_run:
            count = connection.execute("SELECT COUNT(*) FROM task WHERE done").fetchone()[0]
            click.echo(f"Would delete {count} done tasks.")
            return
        count = connection.execute("DELETE FROM task WHERE done").rowcount
        connection.commit()
        click.echo(f"Deleted {count} done tasks.")

    return app
`,
  },
];
