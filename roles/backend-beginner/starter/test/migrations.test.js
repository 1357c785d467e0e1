import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { openDatabase } from '../src/db.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from '../src/migrate.js';

// The starter's migrations. Yours come after them, so these tests keep passing when you add one.
const FIRST = ['001_create_users', '002_create_todos', '003_index_todos_by_user'];

const tableNames = (db) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();

/** The file name for a new migration after the last one in dir, e.g. 004_add_notes.sql. */
const nextMigration = (dir, name) => {
  const last = readMigrations(dir).at(-1).version;
  return { version: last + 1, file: `${String(last + 1).padStart(3, '0')}_${name}.sql` };
};

describe('migrations', () => {
  let db;
  let dir; // a scratch copy of migrations/, so tests can add files to it

  beforeEach(() => {
    db = openDatabase(':memory:');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  });

  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('applies every migration to an empty database, in order, and records each one', () => {
    const applied = migrate(db, dir);
    assert.deepEqual(applied.slice(0, FIRST.length), FIRST);

    for (const table of ['schema_migrations', 'todos', 'users']) assert.ok(tableNames(db).includes(table), table);
    const recorded = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    assert.deepEqual(recorded.map((m) => `${String(m.version).padStart(3, '0')}_${m.name}`), applied);
  });

  it('does nothing the second time', () => {
    migrate(db, dir);
    assert.deepEqual(migrate(db, dir), []);
  });

  it('applies only the migrations added since the last run', () => {
    migrate(db, dir);
    const next = nextMigration(dir, 'add_todo_notes');
    fs.writeFileSync(path.join(dir, next.file), 'ALTER TABLE todos ADD COLUMN notes TEXT;');

    assert.deepEqual(migrate(db, dir), [next.file.slice(0, -'.sql'.length)]);
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('todos');
    assert.ok(columns.includes('notes'));
  });

  it('rolls a failing migration back completely and does not record it', () => {
    migrate(db, dir);
    const next = nextMigration(dir, 'broken');
    fs.writeFileSync(
      path.join(dir, next.file),
      'CREATE TABLE tags (name TEXT);\nINSERT INTO no_such_table VALUES (1);',
    );

    assert.throws(() => migrate(db, dir), /no such table: no_such_table/);
    assert.ok(!tableNames(db).includes('tags'), 'the first statement of the failed migration was rolled back');
    assert.equal(db.prepare('SELECT MAX(version) FROM schema_migrations').pluck().get(), next.version - 1);
  });

  it('refuses badly named or duplicate migration files', () => {
    fs.writeFileSync(path.join(dir, 'add-tags.sql'), 'SELECT 1;');
    assert.throws(() => migrate(db, dir), /add-tags\.sql: migration files are named like 001_create_users\.sql/);

    fs.rmSync(path.join(dir, 'add-tags.sql'));
    fs.writeFileSync(path.join(dir, '002_again.sql'), 'SELECT 1;');
    assert.throws(() => migrate(db, dir), /Two migration files have version 2/);
  });

  it('creates a schema that enforces its rules', () => {
    migrate(db, dir);
    const { id } = db.prepare("INSERT INTO users (email, password_hash) VALUES ('a@b.co', 'x') RETURNING id").get();
    db.prepare("INSERT INTO todos (user_id, title) VALUES (?, 'first')").run(id);

    assert.throws(() => db.prepare("INSERT INTO users (email, password_hash) VALUES ('A@B.CO', 'y')").run(), /UNIQUE/);
    assert.throws(() => db.prepare("INSERT INTO todos (user_id, title) VALUES (999, 'orphan')").run(), /FOREIGN KEY/);

    db.prepare('DELETE FROM users WHERE id = ?').run(id);
    assert.equal(db.prepare('SELECT COUNT(*) FROM todos').pluck().get(), 0, 'deleting a user deletes their todos');
  });
});
