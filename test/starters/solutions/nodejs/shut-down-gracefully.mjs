// Reference solution of nodejs/shut-down-gracefully: /ready, process.send('ready') for PM2's wait_ready, one shutdown
// path for SIGTERM, SIGINT and PM2's "shutdown" message (fail readiness, wait, close, drain, force after a timeout),
// and ecosystem.config.cjs. Applies on top of the earlier solutions (trust-identity-provider rewrote config.ts).
const ecosystem = (
  name,
) => `// PM2: \`npm run build\`, then \`pm2 start ecosystem.config.cjs --env production\`. \`pm2 reload ${name}\` then
// replaces the workers one at a time: each new one gets traffic only once it has sent "ready".
module.exports = {
  apps: [
    {
      name: '${name}',
      script: 'dist/server.js',
      exec_mode: 'cluster',
      // One worker while tasks live in memory (each worker would have its own); 'max' once they are in a database.
      instances: 1,
      // A worker is up when it sends "ready" (src/server.ts, once listening), not merely when it has started.
      wait_ready: true,
      listen_timeout: 10000,
      // Where there are no signals (Windows), PM2 sends the message "shutdown" instead.
      shutdown_with_message: true,
      // Longer than SHUTDOWN_DELAY_MS + SHUTDOWN_TIMEOUT_MS (5 s + 10 s), so PM2 never kills a drain half-way.
      kill_timeout: 20000,
      max_memory_restart: '300M',
      env: { NODE_ENV: 'development' },
      env_production: { NODE_ENV: 'production' },
    },
  ],
};
`;

const server = `import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from './app.js';
import { createOidcVerifier } from './auth/oidc.js';
import { createTokenService } from './auth/tokens.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { CachedTaskRepository } from './tasks/cached-task-repository.js';
import { InMemoryTaskRepository } from './tasks/in-memory-task-repository.js';

// Local development reads .env; in production the platform sets the environment.
if (existsSync('.env')) process.loadEnvFile('.env');

const config = loadConfig();
const logger = createLogger(config.logLevel);
let shuttingDown = false;

const app = createApp({
  logger,
  // Tokens from the identity provider in production; HS256 tokens from \`npm run token\` locally.
  tokens: config.oidc ? createOidcVerifier(config.oidc) : createTokenService(config.jwtSecret),
  // The cache pays off in front of a database; in front of the in-memory repository it only shows the wiring.
  tasks: new CachedTaskRepository(new InMemoryTaskRepository(), { maxEntries: 1000 }),
  isReady: () => !shuttingDown,
});

// Express 5 passes listen errors (e.g. EADDRINUSE) to this callback instead of throwing them.
const server = app.listen(config.port, (err) => {
  if (err) {
    logger.fatal({ err }, 'could not start the server');
    process.exit(1);
  }
  logger.info({ port: config.port }, 'listening');
  // PM2 (wait_ready) sends traffic to this worker, and stops the one it replaces, only after this.
  process.send?.('ready');
});

/**
 * Stops without dropping requests: /ready fails first so load balancers stop sending new ones, then the server
 * stops accepting connections and lets the requests in flight finish, closing whatever is left after a timeout.
 */
async function shutDown(reason: string): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  logger.info({ reason }, 'shutting down');
  await sleep(config.shutdownDelayMs);
  const closed = new Promise<Error | undefined>((resolve) => server.close(resolve));
  // Keep-alive connections that sit idle would otherwise hold the server open until they time out.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  const force = setTimeout(() => {
    logger.warn('closing the connections still open after SHUTDOWN_TIMEOUT_MS');
    server.closeAllConnections();
  }, config.shutdownTimeoutMs);
  const err = await closed;
  clearInterval(idle);
  clearTimeout(force);
  if (err) logger.error({ err }, 'error while closing the server');
  process.exit(err ? 1 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutDown(signal));
// PM2 with shutdown_with_message (Windows has no SIGTERM to send).
process.on('message', (message) => {
  if (message === 'shutdown') void shutDown('shutdown message');
});
`;

export default (names) => [
  { file: 'ecosystem.config.cjs', content: ecosystem(names.projectName) },
  { file: 'src/server.ts', content: server },
  {
    file: 'src/app.ts',
    replace: `  rateLimit?: RateLimitOptions | undefined;\n}`,
    with: `  rateLimit?: RateLimitOptions | undefined;
  /** False once the server is shutting down: GET /ready then answers 503. */
  isReady?: () => boolean;
}`,
  },
  {
    file: 'src/app.ts',
    replace: `export function createApp({ logger, tokens, tasks, rateLimit: limits }: AppDependencies): Express {`,
    with: `export function createApp({ logger, tokens, tasks, rateLimit: limits, isReady = () => true }: AppDependencies): Express {`,
  },
  {
    file: 'src/app.ts',
    replace: `    res.json({ status: 'ok' });
  });`,
    with: `    res.json({ status: 'ok' });
  });
  // Liveness (/health) says the process works; readiness says it wants traffic. A 503 here is expected, not an
  // error, so it is answered directly rather than logged by the error handler.
  app.get('/ready', (_req, res) => {
    if (isReady()) res.json({ status: 'ready' });
    else res.status(503).json({ error: { code: 'shutting_down', message: 'The server is shutting down' } });
  });`,
  },
  {
    file: 'src/config.ts',
    replace: `    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),\n`,
    with: `    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** How long /ready fails before the server stops accepting connections (load balancers need to notice). */
    SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).default(5000),
    /** How long requests in flight may take to finish before their connections are closed. */
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
`,
  },
  {
    file: 'src/config.ts',
    replace: `export type Config = { port: number; logLevel: Env['LOG_LEVEL'] } &`,
    with: `export type Config = { port: number; logLevel: Env['LOG_LEVEL']; shutdownDelayMs: number; shutdownTimeoutMs: number } &`,
  },
  {
    file: 'src/config.ts',
    replace: `  const { PORT: port, LOG_LEVEL: logLevel, JWT_SECRET, JWKS_URL, JWT_ISSUER, JWT_AUDIENCE } = parsed.data;`,
    with: `  const { PORT: port, LOG_LEVEL: logLevel, SHUTDOWN_DELAY_MS: shutdownDelayMs, SHUTDOWN_TIMEOUT_MS: shutdownTimeoutMs } = parsed.data;
  const { JWT_SECRET, JWKS_URL, JWT_ISSUER, JWT_AUDIENCE } = parsed.data;
  const common = { port, logLevel, shutdownDelayMs, shutdownTimeoutMs };`,
  },
  {
    file: 'src/config.ts',
    replace: `    return { port, logLevel, oidc: { jwksUrl: JWKS_URL, issuer: JWT_ISSUER, audience: JWT_AUDIENCE } };`,
    with: `    return { ...common, oidc: { jwksUrl: JWKS_URL, issuer: JWT_ISSUER, audience: JWT_AUDIENCE } };`,
  },
  {
    file: 'src/config.ts',
    replace: `  return { port, logLevel, jwtSecret: JWT_SECRET };`,
    with: `  return { ...common, jwtSecret: JWT_SECRET };`,
  },
  {
    file: 'test/config.test.ts',
    replace: `    expect(loadConfig({ JWT_SECRET: secret })).toEqual({ port: 3000, logLevel: 'info', jwtSecret: secret });`,
    with: `    expect(loadConfig({ JWT_SECRET: secret })).toEqual({
      port: 3000,
      logLevel: 'info',
      shutdownDelayMs: 5000,
      shutdownTimeoutMs: 10_000,
      jwtSecret: secret,
    });`,
  },
  {
    file: '.env.example',
    replace: `LOG_LEVEL=info\n`,
    with: `LOG_LEVEL=info
# On SIGTERM (or PM2's "shutdown"): fail /ready for this long, then stop accepting connections and give the
# requests in flight this long to finish.
SHUTDOWN_DELAY_MS=5000
SHUTDOWN_TIMEOUT_MS=10000
`,
  },
  {
    file: 'eslint.config.js',
    replace: `    // This file is plain JavaScript outside the TypeScript project.
    files: ['**/*.js'],`,
    with: `    // Plain JavaScript outside the TypeScript project (this file, PM2's ecosystem.config.cjs).
    files: ['**/*.js', '**/*.cjs'],`,
  },
  {
    file: 'eslint.config.js',
    replace: `    extends: [tseslint.configs.disableTypeChecked],
  },`,
    with: `    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },`,
  },
];
