// Check of the exercise "Keep what the order needs in the orders database" (README): inventory.reserve answers the
// reserved lines with their names and prices, orders keeps them with the order, and never reaches into inventory.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Inventory } from '../src/inventory/inventory.js';
import { createInventoryService } from '../src/inventory/service.js';
import { createOrdersService } from '../src/orders/service.js';
import { createPaymentsService } from '../src/payments/service.js';
import { appTracker, projectDir, RecordingBroker, settledOrder } from './helpers.js';

const apps = appTracker();
afterEach(apps.closeAll);

const catalogue = () =>
  new Inventory([
    { sku: 'KB-01', name: 'Mechanical keyboard', priceCents: 8_900, stock: 10 },
    { sku: 'MS-01', name: 'Wireless mouse', priceCents: 2_900, stock: 25 },
  ]);

describe('inventory.reserve', () => {
  it('answers the reserved lines with the name and unit price of each product', () => {
    const reply = catalogue().reserve('o1', [
      { sku: 'KB-01', quantity: 1 },
      { sku: 'MS-01', quantity: 2 },
      { sku: 'KB-01', quantity: 1 },
    ]);
    expect(reply, 'a reservation should answer lines: [{ sku, name, quantity, unitPriceCents }], one per product').toEqual({
      reserved: true,
      amount: 23_600,
      lines: [
        { sku: 'KB-01', name: 'Mechanical keyboard', quantity: 2, unitPriceCents: 8_900 },
        { sku: 'MS-01', name: 'Wireless mouse', quantity: 2, unitPriceCents: 2_900 },
      ],
    });
  });

  it('answers the same lines when the same order is reserved again (idempotent)', () => {
    const inventory = catalogue();
    const first = inventory.reserve('o1', [{ sku: 'MS-01', quantity: 3 }]);
    expect(inventory.reserve('o1', [{ sku: 'MS-01', quantity: 3 }])).toEqual(first);
  });
});

describe('an order', () => {
  it('keeps the names and prices of its lines as they were when it was placed, while inventory is down or changed', async () => {
    const broker = new RecordingBroker();
    const orders = apps.add(createOrdersService({ broker }));
    const inventory = apps.add(createInventoryService({ broker, inventory: catalogue() }));
    apps.add(createPaymentsService({ broker }));

    const placed = await orders.inject({
      method: 'POST',
      url: '/orders',
      payload: {
        customerId: 'alice',
        lines: [
          { sku: 'KB-01', quantity: 1 },
          { sku: 'MS-01', quantity: 1 },
        ],
      },
    });
    const id = placed.json().id;
    const expectedLines = [
      { sku: 'KB-01', name: 'Mechanical keyboard', quantity: 1, unitPriceCents: 8_900 },
      { sku: 'MS-01', name: 'Wireless mouse', quantity: 1, unitPriceCents: 2_900 },
    ];
    const order = await settledOrder(orders, id);
    expect(order.status).toBe('confirmed');
    expect(order.lines, 'GET /orders/:id should show the lines inventory reserved, with name and unitPriceCents').toEqual(expectedLines);

    // Inventory goes away; a new version of it renames and reprices the keyboard.
    await inventory.close();
    const down = (await orders.inject({ method: 'GET', url: `/orders/${id}` })).json();
    expect(down.lines, 'with inventory down, the order must still show its lines: keep them in the orders repository').toEqual(
      expectedLines,
    );
    apps.add(
      createInventoryService({
        broker,
        inventory: new Inventory([
          { sku: 'KB-01', name: 'Keyboard v2', priceCents: 9_900, stock: 5 },
          { sku: 'MS-01', name: 'Wireless mouse', priceCents: 2_900, stock: 5 },
        ]),
      }),
    );
    const later = (await orders.inject({ method: 'GET', url: `/orders/${id}` })).json();
    expect(later.lines, "the order shows what the customer bought at the time, not today's catalogue").toEqual(expectedLines);
  });
});

describe('the orders service', () => {
  it('does not import code of the inventory or payments services', () => {
    const dir = path.join(projectDir, 'src', 'orders');
    const offenders = readdirSync(dir)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => {
        const text = readFileSync(path.join(dir, file), 'utf8');
        return [...text.matchAll(/from\s+['"](\.\.\/(?:inventory|payments)\/[^'"]+)['"]/g)].map(
          (m) => `src/orders/${file} imports ${m[1]}`,
        );
      });
    expect(offenders, "each service owns its data: orders learns about products only through inventory's messages").toEqual([]);
  });
});
