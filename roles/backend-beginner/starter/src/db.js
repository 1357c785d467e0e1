import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Opens (or creates) the SQLite database file. Pass ':memory:' for a throwaway database, as the tests do. */
export function openDatabase(file) {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // SQLite ignores REFERENCES clauses unless this is switched on for every connection.
  db.pragma('foreign_keys = ON');
  return db;
}
