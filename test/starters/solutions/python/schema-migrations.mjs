// Reference solution of python/schema-migrations: numbered SQL migrations recorded in schema_migrations and run
// at startup instead of create_all(); migration 2 adds updated_at (backfilled from created_at), 3 the due dates
// of the due-dates exercise. The starter's PATCH test compares whole tasks, so it learns about updated_at.
export default ({ snakeName }) => [
  {
    file: `${snakeName}/migrations.py`,
    content: `"""Versioned schema migrations: the database's schema evolves in numbered steps, each applied once.

create_all() only creates missing tables and never changes existing ones. Here each migration is a list of SQL
statements; the numbers applied so far are recorded in schema_migrations, and startup applies the rest in order.
This is the core of what Alembic does for real projects (plus autogeneration, downgrades and branches).
Never edit a migration that has run somewhere: add the next one.
"""

from sqlalchemy import text
from sqlalchemy.engine import Engine

MIGRATIONS: list[list[str]] = [
    # 1: the tasks table as the first release created it (IF NOT EXISTS: databases from before migrations have it).
    [
        """CREATE TABLE IF NOT EXISTS tasks (
            id INTEGER NOT NULL,
            title VARCHAR(200) NOT NULL,
            description TEXT NOT NULL,
            done BOOLEAN NOT NULL,
            created_at DATETIME NOT NULL,
            PRIMARY KEY (id)
        )""",
    ],
    # 2: when a task last changed; existing tasks last changed when they were created.
    [
        "ALTER TABLE tasks ADD COLUMN updated_at DATETIME",
        "UPDATE tasks SET updated_at = created_at",
    ],
    # 3: due dates (the due-dates exercise).
    ["ALTER TABLE tasks ADD COLUMN due_date DATE"],
]


def migrate(engine: Engine) -> int:
    """Applies the migrations this database has not seen yet; returns its schema version."""
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)"))
        version = connection.execute(text("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")).scalar_one()
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in statements:
                connection.execute(text(statement))
            connection.execute(text("INSERT INTO schema_migrations (version) VALUES (:number)"), {"number": number})
            version = number
    return version
`,
  },
  {
    file: `${snakeName}/app.py`,
    replace: 'from .database import Base, create_db_engine\n',
    with: 'from .database import create_db_engine\nfrom .migrations import migrate\n',
  },
  {
    file: `${snakeName}/app.py`,
    replace:
      '    # Good enough while the schema is young; real projects evolve it with Alembic migrations.\n    Base.metadata.create_all(engine)\n',
    with: '    # Brings any database, new or from an older version, to the schema models.py expects.\n    migrate(engine)\n',
  },
  {
    file: `${snakeName}/models.py`,
    replace: '    created_at = Column(DateTime(timezone=True), nullable=False, default=_utcnow)\n',
    with: '    created_at = Column(DateTime(timezone=True), nullable=False, default=_utcnow)\n    # onupdate: set again whenever the ORM updates the row.\n    updated_at = Column(DateTime(timezone=True), nullable=False, default=_utcnow, onupdate=_utcnow)\n',
  },
  { file: `${snakeName}/schemas.py`, replace: '    created_at: datetime\n', with: '    created_at: datetime\n    updated_at: datetime\n' },
  {
    file: 'tests/test_tasks.py',
    replace: `    assert response.status_code == 200
    assert response.json() == {**task, "title": "Final"}
    assert client.get(f"/tasks/{task['id']}").json() == {**task, "title": "Final"}
`,
    with: `    assert response.status_code == 200
    changed = {**task, "title": "Final", "updated_at": response.json()["updated_at"]}
    assert response.json() == changed
    assert client.get(f"/tasks/{task['id']}").json() == changed
`,
  },
];
