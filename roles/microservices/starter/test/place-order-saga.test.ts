import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { Inventory } from '../src/inventory/inventory.js';
import { createInventoryService } from '../src/inventory/service.js';
import { InMemoryOrderRepository } from '../src/orders/orders.js';
import { PlaceOrderSaga } from '../src/orders/place-order-saga.js';
import { Payments } from '../src/payments/payments.js';
import { createPaymentsService } from '../src/payments/service.js';
import type { OrderLine } from '../src/shared/contracts.js';
import { CircuitBreaker } from '../src/shared/circuit-breaker.js';
import { InMemoryBroker } from '../src/shared/in-memory-broker.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The real inventory and payments services on an in-memory broker; `payments: false` leaves payments down. */
function setup(options: { payments?: boolean; paymentsBreaker?: CircuitBreaker } = {}) {
  const broker = new InMemoryBroker({ onError: () => {} });
  const inventory = new Inventory([{ sku: 'KB', name: 'Keyboard', priceCents: 5_000, stock: 3 }]);
  const payments = new Payments({ alice: 20_000, bob: 1_000 });
  const apps: FastifyInstance[] = [createInventoryService({ broker, inventory })];
  if (options.payments !== false) apps.push(createPaymentsService({ broker, payments }));
  cleanups.push(() => broker.close(), ...apps.map((app) => () => app.close()));

  const orders = new InMemoryOrderRepository();
  const saga = new PlaceOrderSaga({ broker, orders, timeoutMs: 100, paymentsBreaker: options.paymentsBreaker });
  const events: string[] = [];
  broker.subscribe('orders.confirmed', ({ amount }) => void events.push(`confirmed ${amount}`));
  broker.subscribe('orders.rejected', ({ reason }) => void events.push(`rejected: ${reason}`));

  const place = async (customerId: string, lines: OrderLine[]) => {
    const now = new Date().toISOString();
    const id = randomUUID();
    orders.insert({ id, customerId, lines, status: 'pending', history: [], createdAt: now, updatedAt: now });
    const order = await saga.run(id);
    await broker.idle();
    return order;
  };
  const stock = () => inventory.list()[0]?.stock;
  return { broker, place, stock, payments, events };
}

describe('PlaceOrderSaga', () => {
  it('confirms an order when stock is reserved and the payment goes through', async () => {
    const { place, stock, payments, events } = setup();
    const order = await place('alice', [{ sku: 'KB', quantity: 2 }]);

    expect(order).toMatchObject({ status: 'confirmed', amount: 10_000, paymentId: expect.any(String) });
    expect(order.history).toEqual(['stock reserved, 10000 cents', 'payment charged']);
    expect(stock()).toBe(1);
    expect(payments.balance('alice')).toBe(10_000);
    expect(events).toEqual(['confirmed 10000']);
  });

  it('rejects without charging when there is not enough stock', async () => {
    const { place, stock, payments, events } = setup();
    const order = await place('alice', [{ sku: 'KB', quantity: 4 }]);

    expect(order).toMatchObject({ status: 'rejected', reason: 'not enough stock for KB' });
    expect(stock()).toBe(3);
    expect(payments.balance('alice')).toBe(20_000);
    expect(events).toEqual(['rejected: not enough stock for KB']);
  });

  it('releases the reserved stock when the payment is declined', async () => {
    const { place, stock, payments } = setup();
    const order = await place('bob', [{ sku: 'KB', quantity: 1 }]);

    expect(order).toMatchObject({ status: 'rejected', reason: 'payment declined: insufficient funds' });
    expect(order.history).toEqual([
      'stock reserved, 5000 cents',
      'payment declined: insufficient funds',
      'stock released',
      'rejected',
    ]);
    expect(stock()).toBe(3);
    expect(payments.balance('bob')).toBe(1_000);
  });

  it('releases the reserved stock when the payments service is down', async () => {
    const { place, stock } = setup({ payments: false });
    const order = await place('alice', [{ sku: 'KB', quantity: 1 }]);

    expect(order).toMatchObject({ status: 'rejected', reason: 'payments unavailable: no service answers payments.charge' });
    expect(stock()).toBe(3);
  });

  it('releases the reserved stock when the payment times out', async () => {
    const { broker, place, stock } = setup({ payments: false });
    broker.respond('payments.charge', 'payments', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { charged: true, paymentId: 'too-late' };
    });
    const order = await place('alice', [{ sku: 'KB', quantity: 1 }]);

    expect(order).toMatchObject({ status: 'rejected', reason: 'payments unavailable: no reply to payments.charge within 100 ms' });
    expect(stock()).toBe(3);
  });

  it('stops calling payments once it keeps failing, and rejects orders at once', async () => {
    const paymentsBreaker = new CircuitBreaker('payments', { failureThreshold: 2, resetTimeoutMs: 60_000 });
    const { broker, place, stock } = setup({ payments: false, paymentsBreaker });
    let charges = 0;
    broker.respond('payments.charge', 'payments', () => {
      charges++;
      throw new Error('provider down');
    });

    for (let i = 0; i < 3; i++) await place('alice', [{ sku: 'KB', quantity: 1 }]);
    const order = await place('alice', [{ sku: 'KB', quantity: 1 }]);

    expect(charges).toBe(2);
    expect(order).toMatchObject({ status: 'rejected', reason: 'payments unavailable: circuit payments is open' });
    expect(stock()).toBe(3);
  });

  it('does not count declined payments as payments failures', async () => {
    const paymentsBreaker = new CircuitBreaker('payments', { failureThreshold: 1, resetTimeoutMs: 60_000 });
    const { place } = setup({ paymentsBreaker });
    await place('bob', [{ sku: 'KB', quantity: 1 }]);
    expect(paymentsBreaker.state).toBe('closed');
  });

  it('marks the order failed when the compensation itself fails', async () => {
    const broker = new InMemoryBroker({ onError: () => {} });
    cleanups.push(() => broker.close());
    // Inventory reserves, then disappears before it can release.
    const reserve = broker.respond('inventory.reserve', 'inventory', () => {
      reserve.unsubscribe();
      return { reserved: true, amount: 100 };
    });
    const orders = new InMemoryOrderRepository();
    const now = new Date().toISOString();
    orders.insert({ id: 'o1', customerId: 'alice', lines: [{ sku: 'KB', quantity: 1 }], status: 'pending', history: [], createdAt: now, updatedAt: now });

    const order = await new PlaceOrderSaga({ broker, orders, timeoutMs: 100 }).run('o1');

    expect(order.status).toBe('failed');
    expect(order.history.at(-1)).toBe('releasing stock failed: no service answers inventory.release');
  });

  it('commits the stock once the order is confirmed, so a late release cannot return it', async () => {
    const { broker, place, stock } = setup();
    const order = await place('alice', [{ sku: 'KB', quantity: 1 }]);

    await expect(broker.request('inventory.release', { orderId: order.id })).resolves.toEqual({ released: false });
    expect(stock()).toBe(2);
  });
});
