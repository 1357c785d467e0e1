// npm run migrate: applies pending migrations to the database in DATABASE_FILE and says what it did.
import { loadConfig } from './config.js';
import { openDatabase } from './db.js';
import { migrate } from './migrate.js';

const { databaseFile } = loadConfig();
const db = openDatabase(databaseFile);
const applied = migrate(db);
db.close();

console.log(applied.length > 0 ? `Applied ${applied.join(', ')} to ${databaseFile}` : `${databaseFile} is up to date`);
