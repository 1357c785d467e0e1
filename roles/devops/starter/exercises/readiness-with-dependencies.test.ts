// Check of the exercise "Ready only when Redis is" (README). A local TCP server plays Redis, so no Redis, Docker or
// cluster is needed: the check calls your app in-process, then starts src/server.ts (through tsx) with REDIS_URL
// pointing at a port where nothing listens yet, and reads docker-compose.yml and k8s/ with their schemas.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildApp, type AppOptions } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { Health } from '../src/health.js';
import { type Doc, expectSchemaValid, freePort, projectExport, projectName, readObject, readYaml, sleep } from './helpers.js';

type Check = () => Promise<void>;
type TcpCheck = (target: { host: string; port: number }, timeoutMs: number) => Check;

const servers: Server[] = [];
const processes: ChildProcess[] = [];
afterAll(() => {
  for (const child of processes) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A TCP server standing in for Redis: it accepts connections and counts the ones still open. */
async function fakeRedis(port = 0) {
  const open = new Set<unknown>();
  const server = createServer((socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, open };
}

const loadTcpCheck = () => projectExport<TcpCheck>('src/dependencies.ts', 'tcpCheck', 'tcpCheck({ host, port }, timeoutMs)');

function readyApp(dependencies: Record<string, Check>, env: NodeJS.ProcessEnv = {}) {
  const health = new Health();
  // A variable, not a literal: `dependencies` need not exist in AppOptions until you add it.
  const options = { config: loadConfig(env), health, dependencies };
  const app = buildApp(options as AppOptions);
  return { app, health };
}

const readiness = async (app: ReturnType<typeof buildApp>) => {
  const response = await app.inject({ method: 'GET', url: '/readyz' });
  return { status: response.statusCode, body: response.json() as Doc };
};

/** What an answer was, for a failure message. */
const got = ({ status, body }: { status: number; body: unknown }) => `; it answered ${status} ${JSON.stringify(body)}`;

describe('tcpCheck (src/dependencies.ts)', () => {
  it('resolves when the dependency accepts a connection, and closes it again', async () => {
    const tcpCheck = await loadTcpCheck();
    const redis = await fakeRedis();
    await expect(
      tcpCheck({ host: '127.0.0.1', port: redis.port }, 1000)(),
      'tcpCheck should resolve while something listens',
    ).resolves.toBeUndefined();
    await sleep(100);
    expect(redis.open.size, 'tcpCheck should close its connection once it is open (or every probe leaks a socket)').toBe(0);
  });

  it('rejects when nothing listens', async () => {
    const tcpCheck = await loadTcpCheck();
    const port = await freePort();
    await expect(
      tcpCheck({ host: '127.0.0.1', port }, 1000)(),
      'tcpCheck should reject when the connection is refused',
    ).rejects.toBeDefined();
  });
});

describe('GET /readyz', () => {
  it('answers 200 with each dependency "up" while all of them work', async () => {
    const { app, health } = readyApp({ redis: async () => {} });
    health.markReady();
    const answer = await readiness(app);
    expect(
      answer,
      `with a working dependency "redis", /readyz should answer 200 {"status":"ready","dependencies":{"redis":"up"}}${got(answer)}`,
    ).toEqual({
      status: 200,
      body: { status: 'ready', dependencies: { redis: 'up' } },
    });
    await app.close();
  });

  it('answers 503 "unavailable" naming the dependency that is down', async () => {
    const { app, health } = readyApp({ redis: async () => Promise.reject(new Error('ECONNREFUSED')), queue: async () => {} });
    health.markReady();
    const answer = await readiness(app);
    expect(
      answer,
      `with "redis" failing, /readyz should answer 503 {"status":"unavailable","dependencies":{"redis":"down","queue":"up"}}${got(answer)}`,
    ).toEqual({ status: 503, body: { status: 'unavailable', dependencies: { redis: 'down', queue: 'up' } } });
    await app.close();
  });

  it('gives up on a dependency that hangs after READINESS_TIMEOUT_MS', async () => {
    const { app, health } = readyApp({ redis: () => new Promise<void>(() => {}) }, { READINESS_TIMEOUT_MS: '200' });
    health.markReady();
    const started = Date.now();
    const answer = await readiness(app);
    const took = Date.now() - started;
    expect(
      took,
      `with READINESS_TIMEOUT_MS=200, /readyz should answer within about 200 ms when a check hangs; it took ${took} ms`,
    ).toBeLessThan(1500);
    expect(
      answer,
      `a dependency that does not answer in time is "down": 503 {"status":"unavailable","dependencies":{"redis":"down"}}${got(answer)}`,
    ).toEqual({
      status: 503,
      body: { status: 'unavailable', dependencies: { redis: 'down' } },
    });
    await app.close();
  });

  it('still answers 503 with the state while starting or draining, without checking anything', async () => {
    let calls = 0;
    const { app, health } = readyApp({ redis: async () => void (calls += 1) });
    const starting = await readiness(app);
    expect(starting.body, `while starting, /readyz should still answer {"status":"starting"}${got(starting)}`).toEqual({
      status: 'starting',
    });
    health.markReady();
    health.markDraining();
    const draining = await readiness(app);
    expect(draining.body, `while draining, /readyz should still answer {"status":"draining"}${got(draining)}`).toEqual({
      status: 'draining',
    });
    expect(calls, 'no dependency check should run while the app is starting or draining').toBe(0);
    await app.close();
  });

  it('leaves liveness alone: /healthz never checks dependencies', async () => {
    let calls = 0;
    const { app, health } = readyApp({ redis: async () => Promise.reject(new Error(`down ${(calls += 1)}`)) });
    health.markReady();
    const live = await app.inject({ method: 'GET', url: '/healthz' });
    expect(live.statusCode, 'a failing dependency must not fail /healthz, or Kubernetes restarts every pod during a Redis outage').toBe(
      200,
    );
    expect(calls, '/healthz should not run the dependency checks').toBe(0);
    await app.close();
  });
});

describe('configuration', () => {
  it('reads REDIS_URL and READINESS_TIMEOUT_MS, and refuses bad values', () => {
    const config = loadConfig({ REDIS_URL: 'redis://cache.internal:6380', READINESS_TIMEOUT_MS: '750' }) as unknown as Doc;
    expect(config.redis, 'REDIS_URL=redis://cache.internal:6380 should give config.redis = { host: "cache.internal", port: 6380 }').toEqual(
      {
        host: 'cache.internal',
        port: 6380,
      },
    );
    expect(config.readinessTimeoutMs, 'READINESS_TIMEOUT_MS=750 should give config.readinessTimeoutMs = 750').toBe(750);
    const defaults = loadConfig({}) as unknown as Doc;
    expect(defaults.redis, 'without REDIS_URL, config.redis should be undefined').toBeUndefined();
    expect(defaults.readinessTimeoutMs, 'READINESS_TIMEOUT_MS should default to 1000').toBe(1000);
    expect((loadConfig({ REDIS_URL: 'redis://cache' }) as unknown as Doc).redis, 'the port should default to 6379').toEqual({
      host: 'cache',
      port: 6379,
    });
    for (const bad of ['http://cache:6379', 'cache:6379', 'redis://']) {
      expect(() => loadConfig({ REDIS_URL: bad }), `REDIS_URL="${bad}" should stop the app with an error naming REDIS_URL`).toThrow(
        /REDIS_URL/,
      );
    }
  });

  it('checks Redis when the server starts with REDIS_URL set', async () => {
    const port = await freePort();
    const redisPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      READINESS_TIMEOUT_MS: '300',
    };
    delete env.NODE_ENV;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: new URL('..', import.meta.url),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    processes.push(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const get = async (path: string) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: response.status, body: (await response.json()) as Doc };
    };
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) expect.fail(`src/server.ts exited with ${child.exitCode}:\n${output}`);
      if (i > 300) expect.fail(`src/server.ts did not answer on /healthz within 30 s:\n${output}`);
      if ((await get('/healthz').catch(() => undefined))?.status === 200) break;
      await sleep(100);
    }
    const down = await get('/readyz');
    expect(
      down,
      `with REDIS_URL set and nothing listening there, the server's /readyz should answer 503 with redis "down"${got(down)}`,
    ).toEqual({
      status: 503,
      body: { status: 'unavailable', dependencies: { redis: 'down' } },
    });
    await fakeRedis(redisPort);
    const up = await get('/readyz');
    expect(up, `once Redis accepts connections, /readyz should answer 200 with redis "up"${got(up)}`).toEqual({
      status: 200,
      body: { status: 'ready', dependencies: { redis: 'up' } },
    });
    child.kill('SIGTERM');
  }, 60_000);
});

describe('where it runs', () => {
  it('gets REDIS_URL from a Secret in Kubernetes, with a probe timeout longer than the check', async () => {
    const deployment = await readObject('k8s/deployment.yaml', 'Deployment');
    const container = deployment.spec.template.spec.containers[0];
    const env = (container.env ?? []).find((e: Doc) => e.name === 'REDIS_URL');
    expect(
      env?.valueFrom?.secretKeyRef,
      `the container should set REDIS_URL from secretKeyRef { name: ${projectName}-redis, key: url }: the URL may hold a password`,
    ).toMatchObject({ name: `${projectName}-redis`, key: 'url' });
    const configMap = await readObject('k8s/configmap.yaml', 'ConfigMap');
    const timeoutMs = Number(configMap.data?.READINESS_TIMEOUT_MS);
    expect(timeoutMs, 'k8s/configmap.yaml should set READINESS_TIMEOUT_MS (a number of milliseconds, as a string)').toBeGreaterThan(0);
    const probeSeconds = container.readinessProbe?.timeoutSeconds ?? 1;
    expect(
      probeSeconds * 1000,
      `the readiness probe gives up after ${probeSeconds} s: that must be longer than READINESS_TIMEOUT_MS (${timeoutMs} ms), or a slow Redis makes the probe time out instead of answering 503`,
    ).toBeGreaterThan(timeoutMs);
  });

  it('starts Redis first in docker-compose.yml', () => {
    const compose = readYaml('docker-compose.yml');
    expectSchemaValid('Compose file', compose, 'docker-compose.yml');
    const redis = compose.services?.redis;
    expect(redis, 'docker-compose.yml should have a service "redis"').toBeDefined();
    expect(String(redis.image), 'the redis service should use a pinned image such as redis:7.4-alpine (a tag, not latest)').toMatch(
      /^redis:(?!latest$)[\w.-]+$/,
    );
    expect(redis.healthcheck?.test, 'the redis service needs a healthcheck (e.g. ["CMD", "redis-cli", "ping"])').toBeTruthy();
    const app = compose.services.app;
    expect(app.depends_on?.redis?.condition, 'the app should depend on redis with condition: service_healthy').toBe('service_healthy');
    const environment = Array.isArray(app.environment)
      ? Object.fromEntries(app.environment.map((e: string) => e.split(/=(.*)/s).slice(0, 2)))
      : (app.environment ?? {});
    expect(environment.REDIS_URL, 'the app should get REDIS_URL: redis://redis:6379').toBe('redis://redis:6379');
  });
});
