import { randomUUID } from 'node:crypto';
import type { ReplyOf } from '../shared/contracts.js';

interface Payment {
  paymentId: string;
  customerId: string;
  amount: number;
}

/** Customer balances stand in for a payment provider; the payments service owns this data. */
export class Payments {
  readonly #balances: Map<string, number>;
  readonly #byOrder = new Map<string, Payment>();

  constructor(balances: Record<string, number>) {
    this.#balances = new Map(Object.entries(balances));
  }

  /** Idempotent per order: the saga may retry a charge whose reply got lost, and must not take the money twice. */
  charge(orderId: string, customerId: string, amount: number): ReplyOf<'payments.charge'> {
    const existing = this.#byOrder.get(orderId);
    if (existing) return { charged: true, paymentId: existing.paymentId };

    const balance = this.#balances.get(customerId);
    if (balance === undefined) return { charged: false, reason: `unknown customer ${customerId}` };
    if (balance < amount) return { charged: false, reason: 'insufficient funds' };

    this.#balances.set(customerId, balance - amount);
    const payment = { paymentId: randomUUID(), customerId, amount };
    this.#byOrder.set(orderId, payment);
    return { charged: true, paymentId: payment.paymentId };
  }

  balance(customerId: string): number | undefined {
    return this.#balances.get(customerId);
  }
}

/** Balances in cents. */
export const sampleBalances: Record<string, number> = {
  alice: 50_000,
  bob: 1_000,
};
