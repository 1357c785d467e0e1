// Reference solution of microservices/snapshot-order-lines: inventory.reserve answers the reserved lines with the
// product names and prices of the moment (an optional field: older inventories still work), and orders keeps them.
export default () => [
  {
    file: 'src/shared/contracts.ts',
    replace: `/** Request/reply subjects: one service answers each, the caller waits for the reply. */`,
    with: `/** A reserved line as inventory saw it: the name and price of the product when the order was placed. */
export interface ReservedLine extends OrderLine {
  name: string;
  unitPriceCents: number;
}

/** Request/reply subjects: one service answers each, the caller waits for the reply. */`,
  },
  {
    file: 'src/shared/contracts.ts',
    replace: `    reply: { reserved: true; amount: number } | { reserved: false; reason: string };`,
    with: `    reply: { reserved: true; amount: number; lines?: ReservedLine[] } | { reserved: false; reason: string };`,
  },
  {
    file: 'src/inventory/inventory.ts',
    replace: `import type { OrderLine, ReplyOf } from '../shared/contracts.js';`,
    with: `import type { OrderLine, ReplyOf, ReservedLine } from '../shared/contracts.js';`,
  },
  {
    file: 'src/inventory/inventory.ts',
    replace: `interface Reservation {
  lines: OrderLine[];`,
    with: `interface Reservation {
  /** Names and prices as they were when reserved, so a retried reserve answers the same. */
  lines: ReservedLine[];`,
  },
  {
    file: 'src/inventory/inventory.ts',
    replace: `    if (existing) return { reserved: true, amount: this.#price(existing.lines) };`,
    with: `    if (existing) return { reserved: true, amount: total(existing.lines), lines: existing.lines.map((line) => ({ ...line })) };`,
  },
  {
    file: 'src/inventory/inventory.ts',
    replace: `    for (const { sku, quantity } of wanted) this.#product(sku).stock -= quantity;
    this.#reservations.set(orderId, { lines: wanted, committed: false });
    return { reserved: true, amount: this.#price(wanted) };`,
    with: `    const reserved = wanted.map(({ sku, quantity }) => {
      const product = this.#product(sku);
      product.stock -= quantity;
      return { sku, name: product.name, quantity, unitPriceCents: product.priceCents };
    });
    this.#reservations.set(orderId, { lines: reserved, committed: false });
    return { reserved: true, amount: total(reserved), lines: reserved.map((line) => ({ ...line })) };`,
  },
  {
    file: 'src/inventory/inventory.ts',
    replace: `
  #price(lines: OrderLine[]): number {
    return lines.reduce((sum, { sku, quantity }) => sum + this.#product(sku).priceCents * quantity, 0);
  }
}`,
    with: `}

function total(lines: ReservedLine[]): number {
  return lines.reduce((sum, { quantity, unitPriceCents }) => sum + unitPriceCents * quantity, 0);
}`,
  },
  {
    file: 'src/orders/orders.ts',
    replace: `import type { OrderLine } from '../shared/contracts.js';`,
    with: `import type { OrderLine, ReservedLine } from '../shared/contracts.js';

/** What the customer asked for; once inventory reserved it, also the name and price they bought it at. */
export type OrderedLine = OrderLine & Partial<Pick<ReservedLine, 'name' | 'unitPriceCents'>>;`,
  },
  {
    file: 'src/orders/orders.ts',
    replace: `  lines: OrderLine[];
  status: OrderStatus;`,
    with: `  lines: OrderedLine[];
  status: OrderStatus;`,
  },
  {
    file: 'src/orders/place-order-saga.ts',
    replace: `    this.#orders.update(orderId, { amount }, \`stock reserved, \${amount} cents\`);`,
    with: `    // Keep a copy of what inventory reserved: orders never reads inventory's data, it remembers what it was told.
    const lines = reservation.lines ?? order.lines;
    this.#orders.update(orderId, { amount, lines }, \`stock reserved, \${amount} cents\`);`,
  },
  {
    file: 'test/inventory.test.ts',
    replace: `toEqual({ reserved: true, amount: 450 });`,
    with: `toMatchObject({ reserved: true, amount: 450 });`,
  },
  {
    file: 'test/inventory.test.ts',
    replace: `toEqual({ reserved: true, amount: 200 });`,
    with: `toMatchObject({ reserved: true, amount: 200 });`,
  },
];
