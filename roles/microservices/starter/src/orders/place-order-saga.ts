import type { FastifyBaseLogger } from 'fastify';
import { type Broker, DEFAULT_REQUEST_TIMEOUT_MS } from '../shared/broker.js';
import { CircuitBreaker } from '../shared/circuit-breaker.js';
import type { ReplyOf } from '../shared/contracts.js';
import type { Order, OrderRepository } from './orders.js';

/**
 * Orchestrated saga for placing an order:
 *
 *   1. inventory.reserve   compensation: inventory.release
 *   2. payments.charge     (last step: nothing after it can fail, so it needs no compensation here)
 *   3. publish orders.confirmed
 *
 * Each step is a local transaction in another service. When a step fails, the steps already done are undone
 * by their compensations, and the order ends rejected. There is no distributed transaction anywhere.
 *
 * Payments is an outside dependency in spirit (a card provider), so its calls go through a circuit breaker:
 * when it keeps failing, orders are rejected at once instead of each one waiting for a timeout.
 */
export class PlaceOrderSaga {
  readonly #broker: Broker;
  readonly #orders: OrderRepository;
  readonly #timeoutMs: number;
  readonly #log: FastifyBaseLogger | undefined;
  readonly #paymentsBreaker: CircuitBreaker;

  constructor(options: {
    broker: Broker;
    orders: OrderRepository;
    timeoutMs?: number | undefined;
    log?: FastifyBaseLogger;
    paymentsBreaker?: CircuitBreaker;
  }) {
    this.#broker = options.broker;
    this.#orders = options.orders;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.#log = options.log;
    this.#paymentsBreaker =
      options.paymentsBreaker ?? new CircuitBreaker('payments', { failureThreshold: 5, resetTimeoutMs: 10_000 });
  }

  async run(orderId: string): Promise<Order> {
    const order = this.#orders.get(orderId);
    if (!order) throw new Error(`order ${orderId} not found`);
    const timeout = { timeoutMs: this.#timeoutMs };

    let reservation: ReplyOf<'inventory.reserve'>;
    try {
      reservation = await this.#broker.request('inventory.reserve', { orderId, lines: order.lines }, timeout);
    } catch (error) {
      // After a timeout we cannot know whether the stock was reserved, so compensate anyway: release is idempotent.
      return this.#compensate(orderId, `inventory unavailable: ${messageOf(error)}`);
    }
    if (!reservation.reserved) return this.#reject(orderId, reservation.reason);
    const { amount } = reservation;
    this.#orders.update(orderId, { amount }, `stock reserved, ${amount} cents`);

    let payment: ReplyOf<'payments.charge'>;
    try {
      payment = await this.#paymentsBreaker.execute(() =>
        this.#broker.request('payments.charge', { orderId, customerId: order.customerId, amount }, timeout),
      );
    } catch (error) {
      // A timed-out charge may still have gone through. Payments is idempotent per order, so the fix is a
      // refund compensation (or asking payments for the outcome) before rejecting: see the README's exercises.
      return this.#compensate(orderId, `payments unavailable: ${messageOf(error)}`);
    }
    if (!payment.charged) return this.#compensate(orderId, `payment declined: ${payment.reason}`);

    const confirmed = this.#orders.update(orderId, { status: 'confirmed', paymentId: payment.paymentId }, 'payment charged');
    await this.#broker.publish('orders.confirmed', { orderId, customerId: order.customerId, amount });
    this.#log?.info({ orderId }, 'order confirmed');
    return confirmed;
  }

  async #compensate(orderId: string, reason: string): Promise<Order> {
    this.#orders.update(orderId, {}, reason);
    try {
      await this.#broker.request('inventory.release', { orderId }, { timeoutMs: this.#timeoutMs });
    } catch (error) {
      this.#log?.error({ orderId, err: error }, 'compensation failed, order needs attention');
      return this.#orders.update(orderId, { status: 'failed', reason }, `releasing stock failed: ${messageOf(error)}`);
    }
    this.#orders.update(orderId, {}, 'stock released');
    return this.#reject(orderId, reason, 'rejected');
  }

  async #reject(orderId: string, reason: string, note = `rejected: ${reason}`): Promise<Order> {
    const rejected = this.#orders.update(orderId, { status: 'rejected', reason }, note);
    await this.#broker.publish('orders.rejected', { orderId, reason });
    this.#log?.info({ orderId, reason }, 'order rejected');
    return rejected;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
