// Reference solution of nodejs/rate-limit-requests: a fixed-window limiter per user, mounted after requireAuth.
const middleware = `import type { RequestHandler } from 'express';
import { currentUser } from '../auth/require-auth.js';
import { HttpError } from '../errors.js';

export interface RateLimitOptions {
  /** Requests each user may make per window. */
  limit: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 100, windowMs: 60_000 };

export class RateLimitedError extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', \`Too many requests; try again in \${retryAfterSeconds} s\`);
  }
}

interface Window {
  start: number;
  count: number;
}

/**
 * At most \`limit\` requests per user in each fixed window. Mount it after requireAuth: it counts per user.
 * One process only; several instances would keep the counts in Redis instead.
 */
export function rateLimit({ limit, windowMs }: RateLimitOptions = DEFAULT_RATE_LIMIT): RequestHandler {
  const windows = new Map<string, Window>();
  return (req, res, next) => {
    const now = Date.now();
    const userId = currentUser(req).id;
    let window = windows.get(userId);
    if (!window || now - window.start >= windowMs) {
      if (windows.size >= 10_000) forgetExpired(windows, now, windowMs);
      window = { start: now, count: 0 };
      windows.set(userId, window);
    }
    window.count += 1;
    if (window.count > limit) {
      const retryAfter = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
      res.setHeader('Retry-After', String(retryAfter));
      throw new RateLimitedError(retryAfter);
    }
    next();
  };
}

function forgetExpired(windows: Map<string, Window>, now: number, windowMs: number): void {
  for (const [userId, window] of windows) if (now - window.start >= windowMs) windows.delete(userId);
}
`;

export default () => [
  { file: 'src/middleware/rate-limit.ts', content: middleware },
  {
    file: 'src/app.ts',
    replace: `import { errorHandler, notFound } from './middleware/error-handler.js';\n`,
    with: `import { errorHandler, notFound } from './middleware/error-handler.js';\nimport { rateLimit, type RateLimitOptions } from './middleware/rate-limit.js';\n`,
  },
  {
    file: 'src/app.ts',
    replace: `  tasks: TaskRepository;\n}`,
    with: `  tasks: TaskRepository;\n  /** Requests per user and window on /tasks; 100 a minute when not given. */\n  rateLimit?: RateLimitOptions | undefined;\n}`,
  },
  {
    file: 'src/app.ts',
    replace: `export function createApp({ logger, tokens, tasks }: AppDependencies): Express {`,
    with: `export function createApp({ logger, tokens, tasks, rateLimit: limits }: AppDependencies): Express {`,
  },
  {
    file: 'src/app.ts',
    replace: `app.use('/tasks', requireAuth(tokens), tasksRouter(tasks));`,
    with: `app.use('/tasks', requireAuth(tokens), rateLimit(limits), tasksRouter(tasks));`,
  },
];
