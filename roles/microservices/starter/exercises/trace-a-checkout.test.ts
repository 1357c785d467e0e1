// Check of the exercise "Trace a checkout" (README): W3C trace context (traceparent) carried by the in-memory
// broker, continued by the gateway over HTTP, by orders on every message of its saga, and by payments on the ledger
// events a charge causes, with the services running in one process.
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createGateway } from '../src/gateway/service.js';
import { createInventoryService } from '../src/inventory/service.js';
import { createOrdersService } from '../src/orders/service.js';
import { createPaymentsService } from '../src/payments/service.js';
import { InMemoryBroker } from '../src/shared/in-memory-broker.js';
import { appTracker, eventually, RecordingBroker, settledOrder } from './helpers.js';

const apps = appTracker();
afterEach(apps.closeAll);

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const CLIENT_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN = '00f067aa0ba902b7';
const clientTraceparent = `00-${CLIENT_TRACE}-${CLIENT_SPAN}-01`;

/** The parts of a traceparent header, or a failure saying what is wrong with it. */
function parse(header: unknown, where: string) {
  expect(header, `${where} should carry a traceparent header`).toBeTypeOf('string');
  const match = TRACEPARENT.exec(header as string);
  expect(
    match,
    `${where}: "${String(header)}" is not a W3C traceparent (00-<32 hex trace-id>-<16 hex span-id>-<2 hex flags>)`,
  ).not.toBeNull();
  const [, traceId, spanId, flags] = match as RegExpExecArray;
  expect(traceId, `${where}: the trace-id must not be all zeros`).not.toMatch(/^0+$/);
  expect(spanId, `${where}: the span-id must not be all zeros`).not.toMatch(/^0+$/);
  return { traceId, spanId, flags };
}

/** A stand-in for a service behind the gateway, recording the traceparent of each request. */
function fakeService() {
  const traceparents: unknown[] = [];
  const app = Fastify();
  app.all('/*', async (request) => {
    traceparents.push(request.headers.traceparent);
    return { from: 'fake' };
  });
  return { app, traceparents };
}

describe('the in-memory broker', () => {
  it('delivers message headers with commands and events ({ headers } as the handler’s second argument)', async () => {
    const broker = new InMemoryBroker({ onError: () => {} });
    const seen: unknown[] = [];
    const respond = broker.respond as (subject: string, queue: string, handler: (...args: any[]) => unknown) => unknown;
    const subscribe = broker.subscribe as (subject: string, handler: (...args: any[]) => unknown) => unknown;
    respond.call(broker, 'inventory.release', 'inventory', (_payload: unknown, delivery?: { headers?: unknown }) => {
      seen.push(delivery?.headers);
      return { released: false };
    });
    subscribe.call(broker, 'orders.rejected', (_event: unknown, delivery?: { headers?: unknown }) => void seen.push(delivery?.headers));

    const request = broker.request as (subject: string, payload: unknown, options: unknown) => Promise<unknown>;
    const publish = broker.publish as (subject: string, event: unknown, options: unknown) => Promise<void>;
    await request.call(broker, 'inventory.release', { orderId: 'o1' }, { headers: { traceparent: clientTraceparent } });
    await publish.call(broker, 'orders.rejected', { orderId: 'o1', reason: 'test' }, { headers: { traceparent: clientTraceparent } });
    await broker.idle();
    await broker.close();
    expect(
      seen,
      'request(subject, payload, { headers }) and publish(subject, event, { headers }) should hand the headers to the handler',
    ).toEqual([expect.objectContaining({ traceparent: clientTraceparent }), expect.objectContaining({ traceparent: clientTraceparent })]);
  });
});

describe('the gateway', () => {
  it("continues the client's trace: same trace-id and flags, a span-id of its own", async () => {
    const orders = fakeService();
    const gateway = apps.add(createGateway({ ordersUrl: await apps.listen(orders.app), inventoryUrl: 'http://127.0.0.1:9' }));
    await gateway.inject({ method: 'GET', url: '/api/orders/1', headers: { traceparent: clientTraceparent } });
    const sent = parse(orders.traceparents[0], 'the request the gateway sends to orders');
    expect(sent.traceId, 'the gateway keeps the trace-id the client sent').toBe(CLIENT_TRACE);
    expect(sent.spanId, "the gateway's call is a new span: its span-id is not the client's").not.toBe(CLIENT_SPAN);
    expect(sent.flags).toBe('01');
  });

  it('starts a new trace when the client sent none, or an invalid one', async () => {
    const orders = fakeService();
    const gateway = apps.add(createGateway({ ordersUrl: await apps.listen(orders.app), inventoryUrl: 'http://127.0.0.1:9' }));
    await gateway.inject({ method: 'GET', url: '/api/orders/1' });
    await gateway.inject({ method: 'GET', url: '/api/orders/1' });
    await gateway.inject({ method: 'GET', url: '/api/orders/1', headers: { traceparent: `00-${'0'.repeat(32)}-${CLIENT_SPAN}-01` } });
    const traces = orders.traceparents.map((header, i) => parse(header, `request ${i + 1} from the gateway`).traceId);
    expect(new Set(traces).size, 'each request without a (valid) traceparent starts its own trace').toBe(3);
  });
});

describe('a checkout, end to end', () => {
  async function checkout(customerId: string, sku: string, headers: Record<string, string>) {
    const broker = new RecordingBroker();
    // Listeners of the outcome, so the check sees the trace context those events arrive with.
    broker.subscribe('orders.confirmed', () => {});
    broker.subscribe('orders.rejected', () => {});
    const ordersApp = createOrdersService({ broker });
    apps.add(createInventoryService({ broker }));
    apps.add(createPaymentsService({ broker }));
    const gateway = apps.add(createGateway({ ordersUrl: await apps.listen(ordersApp), inventoryUrl: 'http://127.0.0.1:9' }));
    const placed = await gateway.inject({
      method: 'POST',
      url: '/api/orders',
      headers,
      payload: { customerId, lines: [{ sku, quantity: 1 }] },
    });
    expect(placed.statusCode).toBe(202);
    const order = await settledOrder(ordersApp, placed.json().id);
    await broker.idle();
    return { order, broker };
  }

  /** Every message delivered on `subject`, with its trace context. */
  function delivered(broker: RecordingBroker, subject: string) {
    const messages = broker.received.filter((message) => message.subject === subject);
    expect(messages.length, `a ${subject} message should have been delivered`).toBeGreaterThan(0);
    return messages.map((message) => parse(message.headers?.traceparent, `the ${subject} message`));
  }

  it("carries the client's trace through orders' saga and into payments' ledger events", async () => {
    const { order, broker } = await checkout('alice', 'KB-01', { traceparent: clientTraceparent });
    expect(order.status).toBe('confirmed');
    expect(order.traceId, 'the order should record the trace-id it was placed in (traceId), to find its trace later').toBe(CLIENT_TRACE);

    const saga = ['inventory.reserve', 'payments.charge', 'orders.confirmed'].map(
      (subject) => [subject, delivered(broker, subject)] as const,
    );
    for (const [subject, contexts] of saga) {
      for (const context of contexts) {
        expect(context.traceId, `${subject} should carry the trace-id of the request that placed the order`).toBe(CLIENT_TRACE);
        expect(context.spanId, `${subject}: orders sends it from a span of its own, not the client's`).not.toBe(CLIENT_SPAN);
      }
    }
    const charge = delivered(broker, 'payments.charge')[0];
    await eventually(() => expect(broker.received.some((message) => message.subject === 'payments.ledger')).toBe(true));
    const ledger = delivered(broker, 'payments.ledger').at(-1);
    expect(ledger?.traceId, 'the payments.ledger event caused by the charge continues its trace').toBe(CLIENT_TRACE);
    expect(ledger?.spanId, 'payments publishes the ledger event from its own span, not the span of the charge message').not.toBe(
      charge?.spanId,
    );
  });

  it('lets you find the trace of a declined order, compensation included', async () => {
    const { order, broker } = await checkout('bob', 'MN-27', {});
    expect(order.status).toBe('rejected');
    expect(order.traceId ?? 'no traceId', 'an order placed without a traceparent starts a trace of its own, recorded as traceId').toMatch(
      /^[0-9a-f]{32}$/,
    );
    for (const subject of ['inventory.reserve', 'payments.charge', 'inventory.release', 'orders.rejected']) {
      for (const context of delivered(broker, subject)) {
        expect(context.traceId, `${subject} should belong to the order's trace`).toBe(order.traceId);
      }
    }
  });
});
