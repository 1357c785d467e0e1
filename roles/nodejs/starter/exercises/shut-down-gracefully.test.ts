// Check of the exercise "Shut down gracefully under PM2" (README). It starts your server (src/server.ts through tsx)
// as PM2 does, with an IPC channel, then stops it with the "shutdown" message PM2 sends, and with SIGTERM, while
// requests are still in flight.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenService } from '../src/auth/tokens.js';
import { SECRET, sleep } from './helpers.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DELAY_MS = 400;
const TIMEOUT_MS = 1000;

interface RunningServer {
  child: ChildProcess;
  port: number;
  messages: unknown[];
  exited: Promise<number | string | null>;
  output(): string;
}

const started: ChildProcess[] = [];

afterAll(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

interface Answer {
  status: number;
  body: unknown;
}

/** One request on its own connection (no keep-alive), so nothing but the request itself keeps the server busy. */
function call(port: number, method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: options.headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON
        }
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.once('error', reject);
    req.end(options.body);
  });
}

/** A POST /tasks whose body arrives in two parts: in flight until finish() sends the rest. */
async function slowPost(port: number) {
  const token = await createTokenService(SECRET).issue('alice');
  const body = JSON.stringify({ title: 'sent before the shutdown, finished during it' });
  let closed = false;
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/tasks',
    agent: false,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
  });
  const answer = new Promise<Answer | Error>((resolve) => {
    req.once('response', (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.once('error', resolve);
  });
  req.once('close', () => (closed = true));
  req.write(body.slice(0, 10));
  req.flushHeaders();
  await sleep(100); // the server has the request now
  return {
    finish: () => {
      req.end(body.slice(10));
      return answer;
    },
    closed: () => closed,
  };
}

async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const child = fork(join(root, 'src', 'server.ts'), [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, PORT: String(port), JWT_SECRET: SECRET, LOG_LEVEL: 'warn', SHUTDOWN_DELAY_MS: String(DELAY_MS), SHUTDOWN_TIMEOUT_MS: String(TIMEOUT_MS) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  started.push(child);
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr?.setEncoding('utf8').on('data', (text: string) => (output += text));
  const messages: unknown[] = [];
  child.on('message', (message) => messages.push(message));
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const server = { child, port, messages, exited, output: () => output };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) expect.fail(`the server exited with ${child.exitCode} before it answered /health:\n${output}`);
    try {
      if ((await call(port, 'GET', '/health')).status === 200) return server;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  expect.fail(`the server did not answer GET /health within 20 s:\n${output}`);
}

/** The exit code, or 'still running' after ms. */
function exitWithin(server: RunningServer, ms: number) {
  return Promise.race([server.exited, sleep(ms).then(() => 'still running' as const)]);
}

describe('the server process', () => {
  // One server for these three tests, the last of which shuts it down.
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  }, 30_000);

  it('tells PM2 it is ready once it listens (process.send("ready"))', async () => {
    await sleep(300);
    expect(server.messages, 'once listening, the server should send the message "ready" to its parent (process.send?.("ready")), which PM2 waits for with wait_ready').toContain('ready');
  });

  it('answers GET /ready with 200 {"status":"ready"} while it serves', async () => {
    const ready = await call(server.port, 'GET', '/ready');
    expect(ready.status, `GET /ready should answer 200 while the server serves; got ${ready.status}`).toBe(200);
    expect(ready.body, 'GET /ready should answer {"status":"ready"}').toEqual({ status: 'ready' });
  });

  it('on the "shutdown" message: fails /ready, finishes the request in flight, stops listening and exits with 0', async () => {
    const inFlight = await slowPost(server.port);
    server.child.send('shutdown');
    await sleep(150);

    const during = await call(server.port, 'GET', '/ready').catch((error: Error) => error);
    expect(during instanceof Error ? during.message : during.status, `right after "shutdown", within SHUTDOWN_DELAY_MS (${DELAY_MS} ms), GET /ready should answer 503 so load balancers stop sending requests`).toBe(503);
    expect(during instanceof Error ? undefined : during.body, 'the 503 should have the error body {"error":{"code":"shutting_down",...}}').toMatchObject({ error: { code: 'shutting_down' } });
    const health = await call(server.port, 'GET', '/health').catch((error: Error) => error);
    expect(health instanceof Error ? health.message : health.status, 'GET /health (liveness) should still answer 200 during the delay: the process is alive, just not ready').toBe(200);

    await sleep(DELAY_MS + 200);
    const after = await call(server.port, 'GET', '/health').then(
      (answer) => `answered ${answer.status}`,
      (error: NodeJS.ErrnoException) => error.code,
    );
    expect(after, `after SHUTDOWN_DELAY_MS the server should stop accepting connections (server.close()); a new connection ${after}`).toBe('ECONNREFUSED');

    const answer = await inFlight.finish();
    expect(answer instanceof Error ? answer.message : answer.status, 'the POST that was in flight when the shutdown began should still complete with 201').toBe(201);
    const code = await exitWithin(server, TIMEOUT_MS + 2000);
    expect(code, `once the last request is done the server should exit with code 0; got ${code}\n${server.output()}`).toBe(0);
  });
});

describe('the server process, stopped while busy', () => {
  // SIGTERM is what Docker, Kubernetes and PM2 (outside Windows) send; on Windows this uses PM2's message instead.
  const stopWith = process.platform === 'win32' ? 'the "shutdown" message' : 'SIGTERM';

  it(`on ${stopWith}: fails /ready, then closes a request that never finishes after SHUTDOWN_TIMEOUT_MS and exits with 0`, async () => {
    const server = await startServer();
    const stuck = await slowPost(server.port); // never finishes
    if (process.platform === 'win32') server.child.send('shutdown');
    else server.child.kill('SIGTERM');
    await sleep(150);
    const during = await call(server.port, 'GET', '/ready').catch((error: Error) => error);
    expect(during instanceof Error ? during.message : during.status, `right after ${stopWith}, GET /ready should answer 503`).toBe(503);

    const code = await exitWithin(server, DELAY_MS + TIMEOUT_MS + 2000);
    expect(code, `with a request that never finishes, the server should close it after SHUTDOWN_DELAY_MS + SHUTDOWN_TIMEOUT_MS (${DELAY_MS} + ${TIMEOUT_MS} ms) and exit with 0; got ${code}`).toBe(0);
    await sleep(100);
    expect(stuck.closed(), 'the stuck connection should have been closed').toBe(true);
  });
});

describe('ecosystem.config.cjs', () => {
  interface App {
    script?: unknown;
    exec_mode?: unknown;
    wait_ready?: unknown;
    shutdown_with_message?: unknown;
    kill_timeout?: unknown;
    env?: Record<string, unknown>;
    env_production?: Record<string, unknown>;
  }

  function loadApp(): App {
    const file = join(root, 'ecosystem.config.cjs');
    if (!existsSync(file)) expect.fail('create ecosystem.config.cjs (module.exports = { apps: [{ ... }] }), the file PM2 starts the API from');
    const config = createRequire(import.meta.url)(file) as { apps?: App[] };
    const app = config.apps?.[0];
    if (!app) expect.fail('ecosystem.config.cjs should export { apps: [ { name, script, ... } ] }');
    return app;
  }

  it('runs the built server in cluster mode, waiting for "ready"', () => {
    const app = loadApp();
    expect(String(app.script).replace(/^\.\//, ''), 'script should be the built server, dist/server.js').toBe('dist/server.js');
    expect(app.exec_mode, 'exec_mode should be "cluster": pm2 reload then replaces workers one by one, without downtime').toBe('cluster');
    expect(app.wait_ready, 'wait_ready should be true: PM2 then waits for the "ready" message before it sends traffic or stops the old worker').toBe(true);
    expect(app.shutdown_with_message, 'shutdown_with_message should be true: PM2 then sends "shutdown" instead of a signal (Windows has none)').toBe(true);
    expect(app.env_production?.NODE_ENV, 'env_production should set NODE_ENV: "production" (pm2 start ecosystem.config.cjs --env production)').toBe('production');
  });

  it('gives the shutdown time to finish before PM2 kills the process', () => {
    const app = loadApp();
    const env = { ...app.env, ...app.env_production };
    const drain = Number(env.SHUTDOWN_DELAY_MS ?? 5000) + Number(env.SHUTDOWN_TIMEOUT_MS ?? 10_000);
    expect(Number(app.kill_timeout), `kill_timeout should be longer than SHUTDOWN_DELAY_MS + SHUTDOWN_TIMEOUT_MS (${drain} ms), or PM2 kills the process mid-drain; got ${String(app.kill_timeout)}`).toBeGreaterThan(drain);
  });
});
