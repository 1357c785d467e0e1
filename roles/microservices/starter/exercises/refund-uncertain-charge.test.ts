// Check of the exercise "Refund a charge you are not sure about" (README): Payments.refund, the payments.refund
// command, and the saga refunding when the outcome of a charge is unknown, with the real services in one process.
import { afterEach, describe, expect, it } from 'vitest';
import { Inventory, sampleProducts } from '../src/inventory/inventory.js';
import { createInventoryService } from '../src/inventory/service.js';
import { InMemoryOrderRepository } from '../src/orders/orders.js';
import { PlaceOrderSaga } from '../src/orders/place-order-saga.js';
import { createOrdersService } from '../src/orders/service.js';
import { Payments } from '../src/payments/payments.js';
import { createPaymentsService } from '../src/payments/service.js';
import { CircuitBreaker } from '../src/shared/circuit-breaker.js';
import { appTracker, RecordingBroker, settledOrder, sleep } from './helpers.js';

const apps = appTracker();
afterEach(apps.closeAll);

type Refunds = { refund?: (orderId: string, customerId: string) => unknown };
/** Payments.refund, or a failure telling what to add. */
function refundOf(payments: Payments): (orderId: string, customerId: string) => unknown {
  const refund = (payments as unknown as Refunds).refund;
  if (typeof refund !== 'function') expect.fail('add refund(orderId, customerId): boolean to Payments in src/payments/payments.ts');
  return refund.bind(payments);
}

/** The charge goes through at once, but its reply only leaves after `ms`: the saga times out not knowing. */
class SlowPayments extends Payments {
  override charge(orderId: string, customerId: string, amount: number) {
    const reply = super.charge(orderId, customerId, amount);
    return sleep(300).then(() => reply) as unknown as ReturnType<Payments['charge']>;
  }
}

/** Orders, inventory and `payments` on one recording broker; the saga waits 100 ms for each reply. */
function system(payments: Payments) {
  const broker = new RecordingBroker();
  const orders = apps.add(createOrdersService({ broker, sagaTimeoutMs: 100 }));
  const inventory = new Inventory(sampleProducts);
  apps.add(createInventoryService({ broker, inventory }));
  apps.add(createPaymentsService({ broker, payments }));
  const place = async (customerId: string, sku = 'KB-01') => {
    const placed = await orders.inject({ method: 'POST', url: '/orders', payload: { customerId, lines: [{ sku, quantity: 1 }] } });
    expect(placed.statusCode).toBe(202);
    return settledOrder(orders, placed.json().id);
  };
  const stock = () => inventory.list().find((product) => product.sku === 'KB-01')?.stock;
  return { broker, place, stock, refundRequests: () => broker.subjects().filter((s) => s === 'payments.refund').length };
}

describe('Payments.refund in src/payments/payments.ts', () => {
  it('gives the charged amount back once, and answers true only the first time', () => {
    const payments = new Payments({ alice: 1_000 });
    const refund = refundOf(payments);
    payments.charge('o1', 'alice', 400);
    expect(refund('o1', 'alice'), 'refund of a charged order should return true').toBe(true);
    expect(payments.balance('alice'), 'the refund should give the 400 back').toBe(1_000);
    expect(refund('o1', 'alice'), 'a second refund of the same order should return false and give nothing back').toBe(false);
    expect(payments.balance('alice')).toBe(1_000);
  });

  it('is a no-op for an order that was never charged', () => {
    const payments = new Payments({ alice: 1_000 });
    expect(refundOf(payments)('never-charged', 'alice'), 'refund of an order without a charge should return false').toBe(false);
    expect(payments.balance('alice')).toBe(1_000);
  });

  it('declines a charge that arrives after the refund of the same order', () => {
    const payments = new Payments({ alice: 1_000 });
    refundOf(payments)('o1', 'alice');
    expect(payments.charge('o1', 'alice', 400), 'a late charge must not take money for an order already refunded').toEqual({
      charged: false,
      reason: 'order o1 was already refunded',
    });
    expect(payments.balance('alice')).toBe(1_000);
  });
});

describe('the payments service', () => {
  it('answers payments.refund over the broker', async () => {
    const broker = new RecordingBroker();
    const payments = new Payments({ alice: 1_000 });
    apps.add(createPaymentsService({ broker, payments }));
    payments.charge('o1', 'alice', 400);
    const request = broker.request as unknown as (subject: string, payload: unknown) => Promise<unknown>;
    const reply = await request
      .call(broker, 'payments.refund', { orderId: 'o1', customerId: 'alice' })
      .catch((error: Error) => error.message);
    expect(reply, 'payments.refund { orderId, customerId } should answer { refunded: true } for a charged order').toEqual({
      refunded: true,
    });
    expect(payments.balance('alice')).toBe(1_000);
  });
});

describe('the saga, when the outcome of payments.charge is unknown', () => {
  it('refunds a charge that timed out but went through, then releases the stock', async () => {
    const payments = new SlowPayments({ alice: 50_000 });
    const { place, stock } = system(payments);
    const order = await place('alice');

    expect(order.status).toBe('rejected');
    expect(order.history, 'the saga should refund ("payment refunded") before it releases the stock').toEqual(
      expect.arrayContaining(['payment refunded', 'stock released']),
    );
    expect(order.history.indexOf('payment refunded')).toBeLessThan(order.history.indexOf('stock released'));
    await sleep(300);
    expect(payments.balance('alice'), "alice's 89.00 should be back once the late charge is refunded").toBe(50_000);
    expect(stock(), 'the keyboard should be back in stock').toBe(10);
  });

  it('asks for a refund after a remote error too, and notes when there was nothing to refund', async () => {
    class BrokenPayments extends Payments {
      override charge(): ReturnType<Payments['charge']> {
        throw new Error('provider error');
      }
    }
    const { place, refundRequests } = system(new BrokenPayments({ alice: 50_000 }));
    const order = await place('alice');

    expect(refundRequests(), 'a RemoteError does not say whether the money was taken: request payments.refund').toBe(1);
    expect(order).toMatchObject({ status: 'rejected', reason: 'payments unavailable: payments.charge failed: provider error' });
    expect(order.history).toEqual(expect.arrayContaining(['no payment to refund', 'stock released']));
  });

  it('marks the order failed when the refund itself fails', async () => {
    const payments = new SlowPayments({ alice: 50_000 });
    (payments as unknown as Refunds).refund = () => {
      throw new Error('refunds are down');
    };
    const { place } = system(payments);
    const order = await place('alice');

    expect(order.status, 'a refund that fails leaves the money in doubt: the order should end failed').toBe('failed');
    expect(order.history).toContain('refund failed: payments.refund failed: refunds are down');
  });
});

describe('the saga, when the outcome of payments.charge is known', () => {
  it('does not refund a declined payment', async () => {
    const { place, refundRequests } = system(new Payments({ bob: 10 }));
    const order = await place('bob');
    expect(order).toMatchObject({ status: 'rejected', reason: 'payment declined: insufficient funds' });
    expect(refundRequests(), 'a declined charge took nothing: no refund').toBe(0);
  });

  it('does not refund when no payments service received the charge, or the circuit was open', async () => {
    const broker = new RecordingBroker();
    apps.add(createInventoryService({ broker }));
    const orders = new InMemoryOrderRepository();
    const paymentsBreaker = new CircuitBreaker('payments', { failureThreshold: 1, resetTimeoutMs: 60_000 });
    const saga = new PlaceOrderSaga({ broker, orders, timeoutMs: 100, paymentsBreaker });
    for (const id of ['no-responders', 'circuit-open']) {
      const now = new Date().toISOString();
      orders.insert({
        id,
        customerId: 'alice',
        lines: [{ sku: 'KB-01', quantity: 1 }],
        status: 'pending',
        history: [],
        createdAt: now,
        updatedAt: now,
      });
      expect((await saga.run(id)).status).toBe('rejected');
    }
    expect(paymentsBreaker.state).toBe('open');
    expect(broker.subjects(), 'NoRespondersError and CircuitOpenError mean the charge never ran: no refund').not.toContain(
      'payments.refund',
    );
  });
});
