import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db.js';
import { createLogger } from './logger.js';
import { migrate } from './migrate.js';

const config = loadConfig();
if (!config.jwtSecret) {
  console.error('JWT_SECRET is not set. Copy .env.example to .env (see README.md).');
  process.exit(1);
}

const logger = createLogger();
const db = openDatabase(config.databaseFile);
const applied = migrate(db);
if (applied.length > 0) logger.info('applied migrations', { migrations: applied });

const app = createApp({ db, jwtSecret: config.jwtSecret, logger });
const server = app.listen(config.port, (err) => {
  if (err) {
    logger.error('could not start the server', { error: err.message });
    process.exit(1);
  }
  logger.info('listening', { url: `http://localhost:${config.port}`, database: config.databaseFile });
});

// On Ctrl+C (or when a host stops the app): finish open requests, close the database, exit.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => {
      db.close();
      process.exit(0);
    });
  });
}
