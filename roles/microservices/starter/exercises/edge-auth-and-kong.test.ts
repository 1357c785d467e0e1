// Check of the exercise "Authenticate at the edge, in code and in Kong" (README): API keys in the gateway, the
// customer passed on to orders, orders hiding other customers' orders, and a Kong declarative config (kong/kong.yml)
// that routes and protects the same paths, run in Compose beside the services.
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../src/gateway/service.js';
import { createInventoryService } from '../src/inventory/service.js';
import { createOrdersService } from '../src/orders/service.js';
import { createPaymentsService } from '../src/payments/service.js';
import { appTracker, parseYamlDocuments, projectFile, readCompose, RecordingBroker, settledOrder } from './helpers.js';

const apps = appTracker();
afterEach(apps.closeAll);

const apiKeys = { 'key-alice': 'alice', 'key-bob': 'bob' };
type Options = Parameters<typeof createGateway>[0] & { apiKeys?: Record<string, string> };
const gatewayWith = (options: Options) => apps.add(createGateway(options));

/** A stand-in for the orders service that records what reaches it. */
function fakeOrders() {
  const seen: { method: string; url: string; customerHeader: unknown; body: unknown }[] = [];
  const app = Fastify();
  app.all('/*', async (request, reply) => {
    seen.push({ method: request.method, url: request.url, customerHeader: request.headers['x-customer-id'], body: request.body });
    return reply.code(request.method === 'POST' ? 202 : 200).send({ from: 'fake' });
  });
  return { app, seen };
}

describe('API keys at the gateway', () => {
  it('refuses the order routes without a known x-api-key, and keeps the catalogue public', async () => {
    const orders = fakeOrders();
    const products = Fastify().get('/products', async () => [{ sku: 'KB-01' }]);
    const gateway = gatewayWith({ ordersUrl: await apps.listen(orders.app), inventoryUrl: await apps.listen(products), apiKeys });

    for (const headers of [{}, { 'x-api-key': 'nope' }]) {
      const get = await gateway.inject({ method: 'GET', url: '/api/orders/1', headers });
      expect(get.statusCode, `GET /api/orders/1 with ${JSON.stringify(headers)} should answer 401`).toBe(401);
      expect(get.json()).toEqual({ error: 'missing or unknown API key' });
      const post = await gateway.inject({ method: 'POST', url: '/api/orders', headers, payload: { customerId: 'alice', lines: [] } });
      expect(post.statusCode, `POST /api/orders with ${JSON.stringify(headers)} should answer 401`).toBe(401);
    }
    expect(orders.seen, 'a request without a valid key must not reach orders').toEqual([]);
    expect((await gateway.inject({ method: 'GET', url: '/api/products' })).statusCode, '/api/products stays public').toBe(200);
  });

  it("takes the customer from the key: the body's customerId and an x-customer-id header for orders", async () => {
    const orders = fakeOrders();
    const gateway = gatewayWith({ ordersUrl: await apps.listen(orders.app), inventoryUrl: 'http://127.0.0.1:9', apiKeys });

    const lines = [{ sku: 'KB-01', quantity: 1 }];
    await gateway.inject({
      method: 'POST',
      url: '/api/orders',
      headers: { 'x-api-key': 'key-alice', 'x-customer-id': 'bob' },
      payload: { customerId: 'mallory', lines },
    });
    await gateway.inject({ method: 'GET', url: '/api/orders/42', headers: { 'x-api-key': 'key-bob' } });
    expect(orders.seen, "orders gets the key's customer, whatever the client claims").toEqual([
      { method: 'POST', url: '/orders', customerHeader: 'alice', body: { customerId: 'alice', lines } },
      { method: 'GET', url: '/orders/42', customerHeader: 'bob', body: undefined },
    ]);
  });

  it("lets a customer see their own orders only (404 for anyone else's)", async () => {
    const broker = new RecordingBroker();
    const ordersApp = createOrdersService({ broker });
    apps.add(createInventoryService({ broker }));
    apps.add(createPaymentsService({ broker }));
    const gateway = gatewayWith({ ordersUrl: await apps.listen(ordersApp), inventoryUrl: 'http://127.0.0.1:9', apiKeys });

    const placed = await gateway.inject({
      method: 'POST',
      url: '/api/orders',
      headers: { 'x-api-key': 'key-alice' },
      payload: { lines: [{ sku: 'KB-01', quantity: 1 }] },
    });
    expect(placed.statusCode, 'with a key, the body needs no customerId').toBe(202);
    const id = placed.json().id;
    await settledOrder(ordersApp, id);

    const own = await gateway.inject({ method: 'GET', url: `/api/orders/${id}`, headers: { 'x-api-key': 'key-alice' } });
    expect(own.statusCode).toBe(200);
    expect(own.json().customerId).toBe('alice');
    const other = await gateway.inject({
      method: 'GET',
      url: `/api/orders/${id}`,
      headers: { 'x-api-key': 'key-bob', 'x-customer-id': 'alice' },
    });
    expect(other.statusCode, "bob asking for alice's order should get 404, as if it did not exist").toBe(404);
    expect(other.json()).toEqual({ error: 'order not found' });
  });
});

// --- Kong ----------------------------------------------------------------------------------------------------

type Any = any;

function readKong(): Any {
  const text = projectFile('kong/kong.yml', 'a Kong declarative configuration (DB-less mode)');
  const [config] = parseYamlDocuments(text, 'kong/kong.yml') as Any[];
  expect(config?._format_version, 'kong/kong.yml starts with _format_version: "3.0"').toBe('3.0');
  return config;
}

const list = (value: unknown): Any[] => (Array.isArray(value) ? value : []);

/** Where Kong would send a request: service name and upstream URL, with the plugins that apply (simplified router). */
function route(config: Any, method: string, requestPath: string) {
  const services = list(config.services);
  const routes = [
    ...services.flatMap((service) => list(service.routes).map((r) => ({ ...r, service }))),
    ...list(config.routes).map((r) => ({ ...r, service: services.find((s) => s.name === (r.service?.name ?? r.service)) })),
  ];
  const candidates = routes.flatMap((r) => {
    if (r.methods && !list(r.methods).map(String).includes(method)) return [];
    return list(r.paths).flatMap((p: string) => {
      if (p.startsWith('~')) {
        const match = new RegExp(`^(?:${p.slice(1)})`).exec(requestPath);
        return match ? [{ r, matched: match[0], regex: true }] : [];
      }
      return requestPath.startsWith(p) ? [{ r, matched: p, regex: false }] : [];
    });
  });
  candidates.sort((a, b) => Number(b.regex) - Number(a.regex) || b.matched.length - a.matched.length);
  const chosen = candidates[0];
  if (!chosen) return undefined;
  const { r, matched } = chosen;
  const service = r.service ?? {};
  const base = service.url
    ? new URL(service.url)
    : new URL(`${service.protocol ?? 'http'}://${service.host}:${service.port ?? 80}${service.path ?? '/'}`);
  const rest = r.strip_path === false ? requestPath : requestPath.slice(matched.length);
  const servicePath = base.pathname;
  const path = rest === '' ? servicePath : `${servicePath.replace(/\/$/, '')}${rest.startsWith('/') ? rest : `/${rest}`}`;
  const scoped = list(config.plugins);
  const plugins = [
    ...scoped.filter((p) => !p.service && !p.route && !p.consumer),
    ...scoped.filter((p) => (p.service?.name ?? p.service) === service.name || (p.route?.name ?? p.route) === r.name),
    ...list(service.plugins),
    ...list(r.plugins),
  ].filter((p) => p.enabled !== false);
  return { service: service.name, url: `${base.protocol}//${base.host}${path}`, plugins };
}

/** http://<compose service>:<its PORT>, as the gateway reaches it inside Compose. */
function composeUrl(name: string): string {
  const service = readCompose()?.services?.[name];
  return `http://${name}:${service?.environment?.PORT}`;
}

describe('kong/kong.yml', () => {
  it('routes the same paths as the gateway, to the Compose services', () => {
    const config = readKong();
    const expected: [string, string, string][] = [
      ['GET', '/api/products', `${composeUrl('inventory')}/products`],
      ['POST', '/api/orders', `${composeUrl('orders')}/orders`],
      ['GET', '/api/orders/abc-123', `${composeUrl('orders')}/orders/abc-123`],
    ];
    for (const [method, path, url] of expected) {
      expect(route(config, method, path)?.url, `Kong should send ${method} ${path} to ${url}`).toBe(url);
    }
    expect(route(config, 'GET', '/health')?.url, 'Kong should route nothing but /api/products and /api/orders').toBeUndefined();
  });

  it('asks for an API key in x-api-key on the order routes only, and knows consumers with keys', () => {
    const config = readKong();
    for (const [method, path] of [
      ['POST', '/api/orders'],
      ['GET', '/api/orders/abc-123'],
    ] as const) {
      const keyAuth = route(config, method, path)?.plugins.find((p) => p.name === 'key-auth');
      expect(keyAuth, `the key-auth plugin should apply to ${method} ${path}`).toBeDefined();
      expect(
        list(keyAuth.config?.key_names),
        'key-auth reads the key from the header clients already send: key_names: [x-api-key]',
      ).toContain('x-api-key');
    }
    const products = route(config, 'GET', '/api/products')?.plugins.map((p) => p.name);
    expect(products, 'the catalogue stays public: no key-auth on /api/products').not.toContain('key-auth');
    const keys = list(config.consumers).flatMap((c) => list(c.keyauth_credentials).map((k) => ({ username: c.username, key: k.key })));
    expect(keys.length, 'declare consumers (username = customer id) with keyauth_credentials').toBeGreaterThan(0);
    for (const { username, key } of keys)
      expect(typeof username === 'string' && typeof key === 'string', 'each consumer has a username and a key').toBe(true);
  });

  it('rate-limits the order routes per minute', () => {
    const config = readKong();
    for (const [method, path] of [
      ['POST', '/api/orders'],
      ['GET', '/api/orders/abc-123'],
    ] as const) {
      const limit = route(config, method, path)?.plugins.find((p) => p.name === 'rate-limiting');
      expect(limit, `the rate-limiting plugin should apply to ${method} ${path}`).toBeDefined();
      expect(limit.config?.minute, 'rate-limiting: config.minute, the requests a consumer may make per minute').toBeGreaterThan(0);
    }
  });

  it('runs in docker-compose.yml in DB-less mode with this file, in front of orders and inventory', () => {
    const kong = readCompose()?.services?.kong;
    expect(kong, 'add a kong service to docker-compose.yml').toBeDefined();
    expect(String(kong.image), 'the kong service runs a Kong 3 image (kong:3.x)').toMatch(/^kong:3(\.|$)/);
    const environment = Array.isArray(kong.environment)
      ? Object.fromEntries(kong.environment.map((entry: string) => entry.split(/=(.*)/s).slice(0, 2)))
      : (kong.environment ?? {});
    expect(String(environment.KONG_DATABASE), 'DB-less mode: KONG_DATABASE: "off"').toBe('off');
    const configPath = String(environment.KONG_DECLARATIVE_CONFIG);
    const mounts = list(kong.volumes).map((v) => (typeof v === 'string' ? v.split(':') : [v.source, v.target]));
    const mounted = mounts.some(([source, target]) => {
      const host = String(source).replace(/^\.\//, '').replace(/\/$/, '');
      return (
        (host === 'kong/kong.yml' && target === configPath) ||
        (host === 'kong' && configPath === `${String(target).replace(/\/$/, '')}/kong.yml`)
      );
    });
    expect(mounted, `KONG_DECLARATIVE_CONFIG (${configPath}) should be where a volume mounts ./kong/kong.yml`).toBe(true);
    const dependsOn = Array.isArray(kong.depends_on) ? kong.depends_on : Object.keys(kong.depends_on ?? {});
    expect(dependsOn, 'kong depends_on orders and inventory').toEqual(expect.arrayContaining(['orders', 'inventory']));
    expect(
      list(kong.ports)
        .map(String)
        .some((p) => /:8000$/.test(p)),
      "publish Kong's proxy port 8000",
    ).toBe(true);
  });
});
