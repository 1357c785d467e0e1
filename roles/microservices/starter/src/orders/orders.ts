import type { OrderLine } from '../shared/contracts.js';

/** pending → confirmed, or pending → rejected (compensated), or failed when a compensation itself failed. */
export type OrderStatus = 'pending' | 'confirmed' | 'rejected' | 'failed';

export interface Order {
  id: string;
  customerId: string;
  lines: OrderLine[];
  status: OrderStatus;
  amount?: number;
  paymentId?: string;
  reason?: string;
  /** What the saga did, in order: the first place to look when an order ends up somewhere unexpected. */
  history: string[];
  createdAt: string;
  updatedAt: string;
}

/** The orders service's own storage. Swap the in-memory one for a database that only this service uses. */
export interface OrderRepository {
  insert(order: Order): void;
  get(id: string): Order | undefined;
  update(id: string, changes: Partial<Omit<Order, 'id' | 'history'>>, note: string): Order;
}

export class InMemoryOrderRepository implements OrderRepository {
  readonly #orders = new Map<string, Order>();

  insert(order: Order): void {
    this.#orders.set(order.id, structuredClone(order));
  }

  get(id: string): Order | undefined {
    const order = this.#orders.get(id);
    return order && structuredClone(order);
  }

  update(id: string, changes: Partial<Omit<Order, 'id' | 'history'>>, note: string): Order {
    const order = this.#orders.get(id);
    if (!order) throw new Error(`order ${id} not found`);
    Object.assign(order, changes, { updatedAt: new Date().toISOString() });
    order.history.push(note);
    return structuredClone(order);
  }
}
