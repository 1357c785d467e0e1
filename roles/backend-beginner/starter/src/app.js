import express from 'express';
import { errorHandler, unknownRoute } from './middleware/error-handler.js';
import { requestLogger } from './middleware/request-logger.js';
import { requireAuth } from './middleware/require-auth.js';
import { createTodoRepository } from './repositories/todos.js';
import { createUserRepository } from './repositories/users.js';
import { authRoutes } from './routes/auth.js';
import { todoRoutes } from './routes/todos.js';

/**
 * Builds the Express app around an open, migrated database. server.js calls it with the real database file;
 * the tests call it with an in-memory one.
 */
export function createApp({ db, jwtSecret, logger }) {
  const users = createUserRepository(db);
  const todos = createTodoRepository(db);
  const loggedIn = requireAuth({ users, jwtSecret });

  const app = express();
  app.use(requestLogger(logger));
  app.use(express.json());

  app.get('/health', (req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/auth', authRoutes({ users, jwtSecret, requireAuth: loggedIn }));
  app.use('/todos', loggedIn, todoRoutes({ todos }));

  // Order matters: these two only see requests that no route above has answered.
  app.use(unknownRoute);
  app.use(errorHandler(logger));
  return app;
}
