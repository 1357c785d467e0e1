import { describe, expect, it } from 'vitest';
import { Payments } from '../src/payments/payments.js';

describe('Payments', () => {
  it('charges a customer with enough money', () => {
    const payments = new Payments({ alice: 1_000 });
    expect(payments.charge('o1', 'alice', 400)).toMatchObject({ charged: true });
    expect(payments.balance('alice')).toBe(600);
  });

  it('declines when the balance is too low, without touching it', () => {
    const payments = new Payments({ bob: 100 });
    expect(payments.charge('o1', 'bob', 400)).toEqual({ charged: false, reason: 'insufficient funds' });
    expect(payments.balance('bob')).toBe(100);
  });

  it('declines unknown customers', () => {
    expect(new Payments({}).charge('o1', 'eve', 1)).toEqual({ charged: false, reason: 'unknown customer eve' });
  });

  it('is idempotent per order: a retried charge returns the first payment and takes no more money', () => {
    const payments = new Payments({ alice: 1_000 });
    const first = payments.charge('o1', 'alice', 400);
    expect(payments.charge('o1', 'alice', 400)).toEqual(first);
    expect(payments.balance('alice')).toBe(600);
  });
});
