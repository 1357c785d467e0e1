import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));

const FILE_NAME = /^(\d+)_([a-z0-9_]+)\.sql$/;

/** Reads the migration files (001_create_users.sql, 002_...) in version order. */
export function readMigrations(dir = MIGRATIONS_DIR) {
  const migrations = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = FILE_NAME.exec(file);
      if (!match) throw new Error(`${file}: migration files are named like 001_create_users.sql`);
      return { version: Number(match[1]), name: match[2], sql: fs.readFileSync(path.join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);

  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version === migrations[i - 1].version) {
      throw new Error(`Two migration files have version ${migrations[i].version}`);
    }
  }
  return migrations;
}

/**
 * Brings the database schema up to date: runs every migration that is not yet recorded in the
 * schema_migrations table, in order, and records it. Returns the names of the migrations it ran.
 */
export function migrate(db, dir = MIGRATIONS_DIR) {
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )
  `);
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all());
  const record = db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)');

  const pending = readMigrations(dir).filter((migration) => !applied.has(migration.version));
  for (const migration of pending) {
    // One transaction per migration: if its SQL fails, neither the change nor the record is kept.
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name);
    })();
  }
  return pending.map((migration) => `${String(migration.version).padStart(3, '0')}_${migration.name}`);
}
