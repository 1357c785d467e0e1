import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { Health } from '../src/health.js';

const apps: ReturnType<typeof buildApp>[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

function setup(env: NodeJS.ProcessEnv = {}) {
  const health = new Health();
  const app = buildApp({ config: loadConfig(env), health });
  apps.push(app);
  return { app, health };
}

/** The value of one sample in the Prometheus text format, e.g. sample(text, 'http_requests_total', 'route="/x"'). */
function sample(metricsText: string, name: string, ...labels: string[]): number | undefined {
  const line = metricsText
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && labels.every((label) => l.includes(label)));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('probes', () => {
  it('is live as soon as it runs', async () => {
    const { app } = setup();
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready only between startup and shutdown', async () => {
    const { app, health } = setup();
    const readiness = async () => {
      const response = await app.inject({ method: 'GET', url: '/readyz' });
      return [response.statusCode, response.json().status];
    };

    expect(await readiness()).toEqual([503, 'starting']);
    health.markReady();
    expect(await readiness()).toEqual([200, 'ready']);
    health.markDraining();
    expect(await readiness()).toEqual([503, 'draining']);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('metrics', () => {
  it('exposes the Prometheus text format with process metrics', async () => {
    const { app } = setup();
    const response = await app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.body).toContain('# TYPE process_cpu_user_seconds_total counter');
    expect(response.body).toContain('# TYPE http_request_duration_seconds histogram');
  });

  it('counts requests by route template and status, and times them', async () => {
    const { app } = setup();
    await app.inject({ method: 'GET', url: '/api/greeting?name=Ada' });
    await app.inject({ method: 'GET', url: '/api/greeting?name=Grace' });
    await app.inject({ method: 'GET', url: '/does-not-exist' });
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;

    expect(sample(text, 'http_requests_total', 'route="/api/greeting"', 'status_code="200"')).toBe(2);
    expect(sample(text, 'http_requests_total', 'route="unmatched"', 'status_code="404"')).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count', 'route="/api/greeting"')).toBe(2);
    expect(sample(text, 'http_request_duration_seconds_bucket', 'route="/api/greeting"', 'le="+Inf"')).toBe(2);
  });

  it('leaves probes and scrapes out of the request metrics', async () => {
    const { app } = setup();
    for (const url of ['/healthz', '/readyz', '/metrics']) await app.inject({ method: 'GET', url });
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).not.toMatch(/http_requests_total\{/);
  });
});

describe('API', () => {
  it('greets with the configured greeting', async () => {
    const { app } = setup({ GREETING: 'Bonjour' });
    const response = await app.inject({ method: 'GET', url: '/api/greeting?name=Ada' });
    expect(response.json()).toEqual({ message: 'Bonjour, Ada!' });
  });

  it('greets the world by default', async () => {
    const { app } = setup();
    expect((await app.inject({ method: 'GET', url: '/api/greeting' })).json()).toEqual({ message: 'Hello, world!' });
  });

  it('rejects a name that is too long', async () => {
    const { app } = setup();
    const response = await app.inject({ method: 'GET', url: `/api/greeting?name=${'x'.repeat(51)}` });
    expect(response.statusCode).toBe(400);
  });

  it('reports the version it was built from', async () => {
    const { app } = setup({ APP_VERSION: '3f2c1ab' });
    expect((await app.inject({ method: 'GET', url: '/api/info' })).json()).toEqual({ name: '{{bp.projectName}}', version: '3f2c1ab' });
  });
});
