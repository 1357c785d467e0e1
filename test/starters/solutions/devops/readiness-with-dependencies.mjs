// Reference solution of devops/readiness-with-dependencies: a TCP check per dependency, run by /readyz (never by
// /healthz) with a timeout, REDIS_URL from the environment (a Secret in Kubernetes), and Redis in docker-compose.yml.
const dependencies = `import { connect } from 'node:net';

/** Resolves while a dependency works; rejects with the reason when it does not. */
export type DependencyCheck = () => Promise<void>;

export type DependencyState = 'up' | 'down';

/**
 * Checks that a TCP service (Redis, PostgreSQL, …) accepts connections: the network path and the server are up,
 * without a client library. Each call opens one connection and closes it at once.
 */
export function tcpCheck(target: { host: string; port: number }, timeoutMs: number): DependencyCheck {
  return () =>
    new Promise((resolve, reject) => {
      const socket = connect(target);
      socket.setTimeout(timeoutMs, () => socket.destroy(new Error(\`no connection to \${target.host}:\${target.port} within \${timeoutMs} ms\`)));
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
    });
}

/** Runs every check at once, giving each at most timeoutMs. */
export async function checkAll(checks: Record<string, DependencyCheck>, timeoutMs: number): Promise<Record<string, DependencyState>> {
  const states = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => [name, (await succeedsWithin(check, timeoutMs)) ? 'up' : 'down'] as const),
  );
  return Object.fromEntries(states);
}

async function succeedsWithin(check: DependencyCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const outcome = Promise.resolve()
    .then(check)
    .then(
      () => true,
      () => false,
    );
  try {
    return await Promise.race([outcome, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
`;

export default ({ projectName }) => [
  { file: 'src/dependencies.ts', content: dependencies },
  // Configuration: REDIS_URL and READINESS_TIMEOUT_MS.
  {
    file: 'src/config.ts',
    replace: `  shutdownDelayMs: number;
}`,
    with: `  shutdownDelayMs: number;
  /** Redis, when REDIS_URL is set: readiness fails while it does not accept connections. */
  redis?: { host: string; port: number };
  /** How long /readyz waits for each dependency. */
  readinessTimeoutMs: number;
}`,
  },
  {
    file: 'src/config.ts',
    replace: `    shutdownDelayMs: integer(env, 'SHUTDOWN_DELAY_MS', 0, 0, 60_000),
  };
}`,
    with: `    shutdownDelayMs: integer(env, 'SHUTDOWN_DELAY_MS', 0, 0, 60_000),
    redis: redisTarget(env.REDIS_URL),
    readinessTimeoutMs: integer(env, 'READINESS_TIMEOUT_MS', 1000, 1, 30_000),
  };
}

/** Host and port of a redis:// URL. The error leaves the value out: it may hold a password. */
function redisTarget(raw: string | undefined): Config['redis'] {
  if (raw === undefined || raw === '') return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || !['redis:', 'rediss:'].includes(url.protocol) || url.hostname === '') {
    throw new Error('REDIS_URL must be a redis:// URL such as redis://localhost:6379');
  }
  return { host: url.hostname, port: url.port === '' ? 6379 : Number(url.port) };
}`,
  },
  {
    file: 'test/config.test.ts',
    replace: `      shutdownDelayMs: 0,
    });`,
    with: `      shutdownDelayMs: 0,
      readinessTimeoutMs: 1000,
    });`,
  },
  {
    file: 'test/config.test.ts',
    replace: `    expect(config).toEqual({ port: 9000, host: '127.0.0.1', logLevel: 'debug', greeting: 'Hi', version: 'abc', shutdownDelayMs: 5000 });`,
    with: `    expect(config).toEqual({ port: 9000, host: '127.0.0.1', logLevel: 'debug', greeting: 'Hi', version: 'abc', shutdownDelayMs: 5000, readinessTimeoutMs: 1000 });
    expect(loadConfig({ REDIS_URL: 'redis://cache:6380', READINESS_TIMEOUT_MS: '500' })).toMatchObject({
      redis: { host: 'cache', port: 6380 },
      readinessTimeoutMs: 500,
    });`,
  },
  {
    file: 'test/config.test.ts',
    replace: `    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],`,
    with: `    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be a redis:\\/\\/ URL/],`,
  },
  // The app: /readyz checks the dependencies once the app is ready.
  {
    file: 'src/app.ts',
    replace: `import type { Config } from './config.js';
`,
    with: `import type { Config } from './config.js';
import { checkAll, type DependencyCheck } from './dependencies.js';
`,
  },
  {
    file: 'src/app.ts',
    replace: `  metrics?: Metrics;
  logger?: boolean;
}

export function buildApp({ config, health, metrics = createMetrics(), logger = false }: AppOptions): FastifyInstance {`,
    with: `  metrics?: Metrics;
  /** What the app cannot serve without (Redis, a database): /readyz fails while one of them does. */
  dependencies?: Record<string, DependencyCheck>;
  logger?: boolean;
}

export function buildApp({ config, health, metrics = createMetrics(), dependencies = {}, logger = false }: AppOptions): FastifyInstance {`,
  },
  {
    file: 'src/app.ts',
    replace: `    const status = health.state;
    return reply.code(status === 'ready' ? 200 : 503).send({ status });`,
    with: `    const status = health.state;
    if (status !== 'ready') return reply.code(503).send({ status });
    // Only readiness looks at dependencies: when Redis is down, Kubernetes stops routing here, but restarting the
    // pod (what a failing liveness probe does) would not bring Redis back.
    const states = await checkAll(dependencies, config.readinessTimeoutMs);
    const up = Object.values(states).every((state) => state === 'up');
    return reply.code(up ? 200 : 503).send({ status: up ? 'ready' : 'unavailable', dependencies: states });`,
  },
  {
    file: 'src/server.ts',
    replace: `import { loadConfig } from './config.js';
import { Health } from './health.js';

const config = loadConfig();
const health = new Health();
const app = buildApp({ config, health, logger: true });`,
    with: `import { loadConfig } from './config.js';
import { tcpCheck, type DependencyCheck } from './dependencies.js';
import { Health } from './health.js';

const config = loadConfig();
const health = new Health();
const dependencies: Record<string, DependencyCheck> = {};
if (config.redis) dependencies.redis = tcpCheck(config.redis, config.readinessTimeoutMs);
const app = buildApp({ config, health, dependencies, logger: true });`,
  },
  // Kubernetes: the URL from a Secret, the timeout in the ConfigMap (shorter than the probe's).
  {
    file: 'k8s/deployment.yaml',
    replace: `          envFrom:
            - configMapRef:
                name: ${projectName}-config
`,
    with: `          envFrom:
            - configMapRef:
                name: ${projectName}-config
          env:
            # The URL may hold a password, so it comes from a Secret, created outside Git:
            # kubectl -n ${projectName} create secret generic ${projectName}-redis --from-literal=url=redis://…
            - name: REDIS_URL
              valueFrom:
                secretKeyRef:
                  name: ${projectName}-redis
                  key: url
`,
  },
  {
    file: 'k8s/configmap.yaml',
    replace: `  SHUTDOWN_DELAY_MS: "5000"
`,
    with: `  SHUTDOWN_DELAY_MS: "5000"
  # Each readiness check of a dependency gives up after 1 s, well within the probe's 2 s timeout.
  READINESS_TIMEOUT_MS: "1000"
`,
  },
  // Compose: Redis first, healthy before the app starts.
  {
    file: 'docker-compose.yml',
    replace: `    environment:
      GREETING: Hello
      LOG_LEVEL: info
`,
    with: `    environment:
      GREETING: Hello
      LOG_LEVEL: info
      REDIS_URL: redis://redis:6379
    depends_on:
      redis:
        condition: service_healthy
`,
  },
  {
    file: 'docker-compose.yml',
    replace: `  prometheus:
`,
    with: `  redis:
    image: redis:7.4-alpine
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
      interval: 5s
      timeout: 3s
      retries: 5

  prometheus:
`,
  },
];
