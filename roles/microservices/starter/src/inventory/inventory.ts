import type { OrderLine, ReplyOf } from '../shared/contracts.js';

export interface Product {
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
}

interface Reservation {
  lines: OrderLine[];
  committed: boolean;
}

/** The inventory service's own data. No other service reads it directly: they ask over the broker. */
export class Inventory {
  readonly #products: Map<string, Product>;
  readonly #reservations = new Map<string, Reservation>();
  readonly #released = new Set<string>();

  constructor(products: Product[]) {
    this.#products = new Map(products.map((product) => [product.sku, { ...product }]));
  }

  list(): Product[] {
    return [...this.#products.values()].map((product) => ({ ...product }));
  }

  /** Reserves every line or none. Idempotent per order, so a retried command cannot reserve twice. */
  reserve(orderId: string, lines: OrderLine[]): ReplyOf<'inventory.reserve'> {
    const existing = this.#reservations.get(orderId);
    if (existing) return { reserved: true, amount: this.#price(existing.lines) };
    // A release can overtake a slow reserve (the saga timed out and compensated); the late reserve must not win.
    if (this.#released.has(orderId)) return { reserved: false, reason: `order ${orderId} was already cancelled` };

    const wanted = mergeLines(lines);
    for (const { sku, quantity } of wanted) {
      const product = this.#products.get(sku);
      if (!product) return { reserved: false, reason: `unknown product ${sku}` };
      if (product.stock < quantity) return { reserved: false, reason: `not enough stock for ${sku}` };
    }
    for (const { sku, quantity } of wanted) this.#product(sku).stock -= quantity;
    this.#reservations.set(orderId, { lines: wanted, committed: false });
    return { reserved: true, amount: this.#price(wanted) };
  }

  /** The compensation for reserve. Safe to call for an order that never reserved anything, and more than once. */
  release(orderId: string): boolean {
    this.#released.add(orderId);
    const reservation = this.#reservations.get(orderId);
    if (!reservation || reservation.committed) return false;
    for (const { sku, quantity } of reservation.lines) this.#product(sku).stock += quantity;
    this.#reservations.delete(orderId);
    return true;
  }

  /** The order went through: the reserved stock is sold and can no longer be released. */
  commit(orderId: string): void {
    const reservation = this.#reservations.get(orderId);
    if (reservation) reservation.committed = true;
  }

  #product(sku: string): Product {
    const product = this.#products.get(sku);
    if (!product) throw new Error(`unknown product ${sku}`);
    return product;
  }

  #price(lines: OrderLine[]): number {
    return lines.reduce((sum, { sku, quantity }) => sum + this.#product(sku).priceCents * quantity, 0);
  }
}

function mergeLines(lines: OrderLine[]): OrderLine[] {
  const quantities = new Map<string, number>();
  for (const { sku, quantity } of lines) quantities.set(sku, (quantities.get(sku) ?? 0) + quantity);
  return [...quantities].map(([sku, quantity]) => ({ sku, quantity }));
}

export const sampleProducts: Product[] = [
  { sku: 'KB-01', name: 'Mechanical keyboard', priceCents: 8_900, stock: 10 },
  { sku: 'MS-01', name: 'Wireless mouse', priceCents: 2_900, stock: 25 },
  { sku: 'MN-27', name: '27" monitor', priceCents: 27_900, stock: 3 },
];
