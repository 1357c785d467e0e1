import { existsSync } from 'node:fs';
import { createApp } from './app.js';
import { createTokenService } from './auth/tokens.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { InMemoryTaskRepository } from './tasks/in-memory-task-repository.js';

// Local development reads .env; in production the platform sets the environment.
if (existsSync('.env')) process.loadEnvFile('.env');

const config = loadConfig();
const logger = createLogger(config.logLevel);

const app = createApp({
  logger,
  tokens: createTokenService(config.jwtSecret),
  // Swap in a PostgreSQL implementation of TaskRepository here; nothing else needs to change.
  tasks: new InMemoryTaskRepository(),
});

// Express 5 passes listen errors (e.g. EADDRINUSE) to this callback instead of throwing them.
const server = app.listen(config.port, (err) => {
  if (err) {
    logger.fatal({ err }, 'could not start the server');
    process.exit(1);
  }
  logger.info({ port: config.port }, 'listening');
});

// Stop accepting connections and let in-flight requests finish before exiting (e.g. on a deploy).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    server.close((err) => {
      if (err) logger.error({ err }, 'error while closing the server');
      process.exit(err ? 1 : 0);
    });
  });
}
