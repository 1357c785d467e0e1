import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../src/gateway/service.js';
import { createInventoryService } from '../src/inventory/service.js';
import { createOrdersService } from '../src/orders/service.js';
import { createPaymentsService } from '../src/payments/service.js';
import { InMemoryBroker } from '../src/shared/in-memory-broker.js';
import { eventually } from './helpers.js';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps.splice(0).reverse()) await app.close();
});

/** Starts an app on a free port on the loopback interface and returns its base URL. */
async function start(app: FastifyInstance): Promise<string> {
  apps.push(app);
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** A stand-in for a service that answers every request with `status`, and counts them. */
function fakeService(status: () => number) {
  const seen: { url: string; requestId: unknown }[] = [];
  const app = Fastify();
  app.all('/*', async (request, reply) => {
    seen.push({ url: request.url, requestId: request.headers['x-request-id'] });
    return reply.code(status()).send({ from: 'fake' });
  });
  return { app, seen };
}

describe('gateway', () => {
  it('routes clients to the services over HTTP', async () => {
    const broker = new InMemoryBroker({ onError: () => {} });
    const ordersUrl = await start(createOrdersService({ broker }));
    const inventoryUrl = await start(createInventoryService({ broker }));
    apps.push(createPaymentsService({ broker }));
    const gateway = createGateway({ ordersUrl, inventoryUrl });
    apps.push(gateway);

    const products = await gateway.inject({ method: 'GET', url: '/api/products' });
    expect(products.statusCode).toBe(200);
    expect(products.json()).toContainEqual(expect.objectContaining({ sku: 'KB-01' }));

    const placed = await gateway.inject({
      method: 'POST',
      url: '/api/orders',
      payload: { customerId: 'alice', lines: [{ sku: 'KB-01', quantity: 1 }] },
    });
    expect(placed.statusCode).toBe(202);
    expect(placed.headers.location).toBe(`/api/orders/${placed.json().id}`);

    await eventually(async () => {
      const order = await gateway.inject({ method: 'GET', url: placed.headers.location as string });
      expect(order.json()).toMatchObject({ status: 'confirmed', amount: 8_900 });
    });
  });

  it("passes the services' client errors through without counting them as failures", async () => {
    const broker = new InMemoryBroker({ onError: () => {} });
    const gateway = createGateway({
      ordersUrl: await start(createOrdersService({ broker })),
      inventoryUrl: 'http://127.0.0.1:9',
      breaker: { failureThreshold: 2, resetTimeoutMs: 60_000 },
    });
    apps.push(gateway);

    for (let i = 0; i < 3; i++) {
      const response = await gateway.inject({ method: 'GET', url: '/api/orders/unknown' });
      expect(response.statusCode).toBe(404);
    }
    const bad = await gateway.inject({ method: 'POST', url: '/api/orders', payload: { customerId: 'alice', lines: [] } });
    expect(bad.statusCode).toBe(400);
    expect((await gateway.inject({ method: 'GET', url: '/health' })).json().circuits.orders).toBe('closed');
  });

  it('forwards the request id so one id can be followed through every service', async () => {
    const orders = fakeService(() => 200);
    const gateway = createGateway({ ordersUrl: await start(orders.app), inventoryUrl: 'http://127.0.0.1:9' });
    apps.push(gateway);

    await gateway.inject({ method: 'GET', url: '/api/orders/42', headers: { 'x-request-id': 'req-123' } });
    expect(orders.seen).toEqual([{ url: '/orders/42', requestId: 'req-123' }]);
  });

  it('opens the circuit after repeated server errors and then fails fast without calling the service', async () => {
    const orders = fakeService(() => 500);
    const gateway = createGateway({
      ordersUrl: await start(orders.app),
      inventoryUrl: 'http://127.0.0.1:9',
      breaker: { failureThreshold: 2, resetTimeoutMs: 60_000 },
    });
    apps.push(gateway);
    const get = () => gateway.inject({ method: 'GET', url: '/api/orders/1' });

    expect((await get()).statusCode).toBe(502);
    expect((await get()).statusCode).toBe(502);
    const fastFailure = await get();
    expect(fastFailure.statusCode).toBe(503);
    expect(fastFailure.headers['retry-after']).toBe('60');
    expect(orders.seen).toHaveLength(2);
    expect((await gateway.inject({ method: 'GET', url: '/health' })).json().circuits.orders).toBe('open');
  });

  it('treats an unreachable service as a failure too', async () => {
    const closed = Fastify();
    const url = await start(closed);
    await closed.close();
    const gateway = createGateway({
      ordersUrl: url,
      inventoryUrl: url,
      breaker: { failureThreshold: 1, resetTimeoutMs: 60_000 },
    });
    apps.push(gateway);

    expect((await gateway.inject({ method: 'GET', url: '/api/products' })).statusCode).toBe(502);
    expect((await gateway.inject({ method: 'GET', url: '/api/products' })).statusCode).toBe(503);
  });

  it('closes the circuit again once the service has recovered', async () => {
    let status = 500;
    let now = 0;
    const orders = fakeService(() => status);
    const gateway = createGateway({
      ordersUrl: await start(orders.app),
      inventoryUrl: 'http://127.0.0.1:9',
      breaker: { failureThreshold: 1, resetTimeoutMs: 1_000, now: () => now },
    });
    apps.push(gateway);
    const get = () => gateway.inject({ method: 'GET', url: '/api/orders/1' });

    expect((await get()).statusCode).toBe(502);
    expect((await get()).statusCode).toBe(503);
    status = 200;
    now += 1_000;
    expect((await get()).statusCode).toBe(200);
    expect((await gateway.inject({ method: 'GET', url: '/health' })).json().circuits.orders).toBe('closed');
  });
});
