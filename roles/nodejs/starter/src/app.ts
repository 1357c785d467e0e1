import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { requireAuth } from './auth/require-auth.js';
import type { TokenService } from './auth/tokens.js';
import { errorHandler, notFound } from './middleware/error-handler.js';
import type { TaskRepository } from './tasks/task-repository.js';
import { tasksRouter } from './tasks/tasks-router.js';

export interface AppDependencies {
  logger: Logger;
  tokens: TokenService;
  tasks: TaskRepository;
}

/** Builds the HTTP app from its dependencies; server.ts wires the real ones, tests wire their own. */
export function createApp({ logger, tokens, tasks }: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');

  app.use(
    pinoHttp({
      logger,
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      // Reuse the caller's request id (e.g. from a gateway) so one id follows the request across services.
      genReqId: (req, res) => {
        const id = req.headers['x-request-id'];
        const requestId = typeof id === 'string' && id.length > 0 ? id : randomUUID();
        res.setHeader('x-request-id', requestId);
        return requestId;
      },
    }),
  );
  app.use(express.json());

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/tasks', requireAuth(tokens), tasksRouter(tasks));

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
