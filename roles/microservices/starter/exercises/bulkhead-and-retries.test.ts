// Check of the exercise "More than a circuit breaker" (README): a bulkhead per upstream and retries with backoff
// for GETs only, in the gateway, against stand-in services on real HTTP.
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../src/gateway/service.js';
import { appTracker, eventually, within } from './helpers.js';

const apps = appTracker();
afterEach(apps.closeAll);

/** A stand-in for a service: answers with the statuses given in turn (the last one from then on), and counts calls. */
function fakeService(...statuses: number[]) {
  let calls = 0;
  let gate: Promise<void> | undefined;
  let open = () => {};
  const app = Fastify();
  app.all('/*', async (_request, reply) => {
    calls += 1;
    const status = statuses[Math.min(calls, statuses.length) - 1] ?? 200;
    if (gate) await gate;
    return reply.code(status).send({ from: 'fake' });
  });
  return {
    app,
    calls: () => calls,
    /** From now on requests hang until release() is called. */
    hang() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release() {
      gate = undefined;
      open();
    },
  };
}

// The options this exercise adds; a variable, so the check runs before they exist in GatewayOptions.
type Options = Parameters<typeof createGateway>[0] & { maxConcurrent?: number; retries?: number; retryDelayMs?: number };
const gatewayWith = (options: Options) => apps.add(createGateway(options));

describe('retries', () => {
  it('tries a failed GET again, up to `retries` more times', async () => {
    const orders = fakeService(500, 502, 200);
    const gateway = gatewayWith({
      ordersUrl: await apps.listen(orders.app),
      inventoryUrl: 'http://127.0.0.1:9',
      retries: 2,
      retryDelayMs: 1,
    });
    const response = await gateway.inject({ method: 'GET', url: '/api/orders/1' });
    expect(response.statusCode, 'two 5xx answers and then a 200: with retries: 2 the client should get the 200').toBe(200);
    expect(orders.calls()).toBe(3);
  });

  it('gives up with a 502 once the retries are used up', async () => {
    const orders = fakeService(500);
    const gateway = gatewayWith({
      ordersUrl: await apps.listen(orders.app),
      inventoryUrl: 'http://127.0.0.1:9',
      retries: 2,
      retryDelayMs: 1,
    });
    expect((await gateway.inject({ method: 'GET', url: '/api/orders/1' })).statusCode).toBe(502);
    expect(orders.calls(), 'one call and two retries').toBe(3);
  });

  it('never retries a POST: the order may have been placed', async () => {
    const orders = fakeService(500, 202);
    const gateway = gatewayWith({
      ordersUrl: await apps.listen(orders.app),
      inventoryUrl: 'http://127.0.0.1:9',
      retries: 2,
      retryDelayMs: 1,
    });
    const response = await gateway.inject({
      method: 'POST',
      url: '/api/orders',
      payload: { customerId: 'alice', lines: [{ sku: 'KB-01', quantity: 1 }] },
    });
    expect(response.statusCode).toBe(502);
    expect(orders.calls(), 'POST /api/orders must reach orders once only').toBe(1);
  });

  it('waits longer before each retry (exponential backoff with jitter)', async () => {
    const orders = fakeService(500);
    const gateway = gatewayWith({
      ordersUrl: await apps.listen(orders.app),
      inventoryUrl: 'http://127.0.0.1:9',
      retries: 2,
      retryDelayMs: 60,
    });
    const started = Date.now();
    await gateway.inject({ method: 'GET', url: '/api/orders/1' });
    const elapsed = Date.now() - started;
    expect(orders.calls()).toBe(3);
    // At least half of 60 ms, then at least half of 120 ms.
    expect(elapsed, 'the retries should wait retryDelayMs × 2^n, at least half of it with jitter').toBeGreaterThanOrEqual(85);
  });

  it('counts one client request as one call for the circuit breaker, retries included', async () => {
    const orders = fakeService(500);
    const gateway = gatewayWith({
      ordersUrl: await apps.listen(orders.app),
      inventoryUrl: 'http://127.0.0.1:9',
      retries: 2,
      retryDelayMs: 1,
      breaker: { failureThreshold: 1, resetTimeoutMs: 60_000 },
    });
    expect((await gateway.inject({ method: 'GET', url: '/api/orders/1' })).statusCode).toBe(502);
    expect(orders.calls(), 'the retries happen inside the one breaker call').toBe(3);
    expect((await gateway.inject({ method: 'GET', url: '/api/orders/1' })).statusCode, 'then the circuit is open').toBe(503);
    expect(orders.calls()).toBe(3);
  });
});

describe('the bulkhead', () => {
  it('caps the calls in flight to a hanging service, fails the rest fast, and leaves the other service alone', async () => {
    const inventory = fakeService(200);
    const orders = fakeService(200);
    const gateway = gatewayWith({
      ordersUrl: await apps.listen(orders.app),
      inventoryUrl: await apps.listen(inventory.app),
      maxConcurrent: 2,
      timeoutMs: 10_000,
    });
    inventory.hang();
    try {
      const hanging = [1, 2].map(() => gateway.inject({ method: 'GET', url: '/api/products' }));
      await eventually(() => expect(inventory.calls()).toBe(2));

      const rejected = await within(
        Promise.all([1, 2, 3].map(() => gateway.inject({ method: 'GET', url: '/api/products' }))),
        1_000,
        'with maxConcurrent: 2 and two calls to inventory hanging, the next calls should fail fast (503) instead of waiting',
      );
      expect(
        rejected.map((response) => response.statusCode),
        'with maxConcurrent: 2 and two calls hanging, the next calls to inventory should answer 503 at once',
      ).toEqual([503, 503, 503]);
      expect(rejected[0]?.json()).toEqual({ error: 'inventory service busy' });
      expect(inventory.calls(), 'the calls beyond the cap never reach inventory').toBe(2);

      const other = await gateway.inject({ method: 'GET', url: '/api/orders/1' });
      expect(other.statusCode, 'orders has its own bulkhead and still answers').toBe(200);

      inventory.release();
      expect((await Promise.all(hanging)).map((response) => response.statusCode)).toEqual([200, 200]);
      expect((await gateway.inject({ method: 'GET', url: '/api/products' })).statusCode, 'the slots are free again').toBe(200);
      const health = (await gateway.inject({ method: 'GET', url: '/health' })).json();
      expect(health.circuits.inventory, 'a busy answer is not a failure of inventory: its circuit stays closed').toBe('closed');
    } finally {
      inventory.release();
    }
  });
});
