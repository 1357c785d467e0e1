import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { rateLimit } from 'express-rate-limit';
import { fileURLToPath } from 'node:url';
import { HttpProblem, problemHandler, sendProblem } from './problems.js';
import { TaskStore } from './store.js';
import { tasksRouter } from './tasks.js';

export const apiSpecPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

/**
 * @param {object} [options]
 * @param {TaskStore} [options.store]
 * @param {Iterable<string>} [options.apiKeys] keys accepted in `Authorization: Bearer <key>`
 * @param {{ limit: number, windowMs: number }} [options.rateLimit] per API key
 */
export function createApp({
  store = new TaskStore(),
  apiKeys = ['dev-key'],
  rateLimit: { limit, windowMs } = { limit: 100, windowMs: 60_000 },
} = {}) {
  const keys = new Set(apiKeys);
  const app = express();
  app.disable('x-powered-by');

  app.get('/openapi.yaml', (req, res) => res.type('application/yaml').sendFile(apiSpecPath));

  // Authentication and rate limiting run before validation, so that invalid requests count
  // against the caller's quota and every response to a known caller carries RateLimit headers.
  app.use('/v1', (req, res, next) => {
    const [scheme, key] = (req.get('authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !key || !keys.has(key)) {
      throw new HttpProblem(401, {
        detail: 'Send a valid API key as "Authorization: Bearer <key>".',
        headers: { 'WWW-Authenticate': 'Bearer realm="tasks"' },
      });
    }
    res.locals.apiKey = key;
    next();
  });

  app.use(
    '/v1',
    rateLimit({
      limit,
      windowMs,
      standardHeaders: 'draft-6', // RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset (+ Retry-After on 429)
      legacyHeaders: false,
      keyGenerator: (req, res) => res.locals.apiKey,
      handler: (req, res) =>
        sendProblem(req, res, new HttpProblem(429, { detail: `This API key may make ${limit} requests per ${windowMs / 1000} seconds.` })),
    }),
  );

  app.use(express.json({ type: ['application/json', 'application/merge-patch+json'] }));
  app.use(
    OpenApiValidator.middleware({
      apiSpec: apiSpecPath,
      validateRequests: { allowUnknownQueryParameters: false },
      // A response that breaks the contract becomes a 500 instead of reaching the client.
      validateResponses: true,
      validateSecurity: false, // done above
      ignorePaths: (path) => !path.startsWith('/v1/'),
    }),
  );

  app.use('/v1', tasksRouter(store));
  app.use(problemHandler);
  return app;
}
