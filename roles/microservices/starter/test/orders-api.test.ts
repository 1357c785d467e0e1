import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { Inventory } from '../src/inventory/inventory.js';
import { createInventoryService } from '../src/inventory/service.js';
import { createOrdersService } from '../src/orders/service.js';
import { createPaymentsService } from '../src/payments/service.js';
import { InMemoryBroker } from '../src/shared/in-memory-broker.js';
import { eventually } from './helpers.js';

const broker = new InMemoryBroker({ onError: () => {} });
const orders = createOrdersService({ broker });
const services = [orders, createInventoryService({ broker }), createPaymentsService({ broker })];
afterEach(async () => broker.idle());
afterAll(async () => {
  for (const service of services) await service.close();
  await broker.close();
});

describe('orders HTTP API', () => {
  it('accepts an order with 202 and a Location, then the saga confirms it', async () => {
    const placed = await orders.inject({
      method: 'POST',
      url: '/orders',
      payload: { customerId: 'alice', lines: [{ sku: 'KB-01', quantity: 1 }] },
    });
    expect(placed.statusCode).toBe(202);
    expect(placed.json()).toMatchObject({ status: 'pending' });
    const location = placed.headers.location as string;
    expect(location).toBe(`/orders/${placed.json().id}`);

    const order = await eventually(async () => {
      const response = await orders.inject({ method: 'GET', url: location });
      expect(response.json().status).toBe('confirmed');
      return response.json();
    });
    expect(order.amount).toBe(8_900);
  });

  it.each([
    ['no lines', { customerId: 'alice', lines: [] }],
    ['a zero quantity', { customerId: 'alice', lines: [{ sku: 'KB-01', quantity: 0 }] }],
    ['no customer', { lines: [{ sku: 'KB-01', quantity: 1 }] }],
  ])('rejects an order with %s as 400', async (_case, payload) => {
    const response = await orders.inject({ method: 'POST', url: '/orders', payload });
    expect(response.statusCode).toBe(400);
  });

  it('answers 404 for an unknown order', async () => {
    const response = await orders.inject({ method: 'GET', url: '/orders/nope' });
    expect(response.statusCode).toBe(404);
  });

  it('finishes running sagas before it shuts down', async () => {
    const slowBroker = new InMemoryBroker({ onError: () => {} });
    const inventory = new Inventory([{ sku: 'KB', name: 'Keyboard', priceCents: 100, stock: 1 }]);
    const app = createOrdersService({ broker: slowBroker });
    const inventoryApp = createInventoryService({ broker: slowBroker, inventory });
    slowBroker.respond('payments.charge', 'payments', async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { charged: false, reason: 'card expired' };
    });

    await app.inject({ method: 'POST', url: '/orders', payload: { customerId: 'alice', lines: [{ sku: 'KB', quantity: 1 }] } });
    await eventually(() => expect(inventory.list()[0]?.stock).toBe(0));
    await app.close();

    // close() returned only after the saga declined the payment and released the stock.
    expect(inventory.list()[0]?.stock).toBe(1);
    await inventoryApp.close();
    await slowBroker.close();
  });
});
