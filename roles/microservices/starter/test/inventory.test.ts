import { describe, expect, it } from 'vitest';
import { Inventory } from '../src/inventory/inventory.js';

const products = () =>
  new Inventory([
    { sku: 'A', name: 'A', priceCents: 100, stock: 5 },
    { sku: 'B', name: 'B', priceCents: 250, stock: 1 },
  ]);
const stockOf = (inventory: Inventory) => Object.fromEntries(inventory.list().map((p) => [p.sku, p.stock]));

describe('Inventory', () => {
  it('reserves stock and quotes the price of the lines', () => {
    const inventory = products();
    expect(inventory.reserve('o1', [{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }])).toEqual({ reserved: true, amount: 450 });
    expect(stockOf(inventory)).toEqual({ A: 3, B: 0 });
  });

  it('reserves all lines or none', () => {
    const inventory = products();
    const reply = inventory.reserve('o1', [{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 2 }]);
    expect(reply).toEqual({ reserved: false, reason: 'not enough stock for B' });
    expect(stockOf(inventory)).toEqual({ A: 5, B: 1 });
  });

  it('adds up lines for the same product before checking stock', () => {
    const inventory = products();
    expect(inventory.reserve('o1', [{ sku: 'B', quantity: 1 }, { sku: 'B', quantity: 1 }]).reserved).toBe(false);
  });

  it('refuses unknown products', () => {
    expect(products().reserve('o1', [{ sku: 'Z', quantity: 1 }])).toEqual({ reserved: false, reason: 'unknown product Z' });
  });

  it('is idempotent: reserving the same order again takes no more stock', () => {
    const inventory = products();
    inventory.reserve('o1', [{ sku: 'A', quantity: 2 }]);
    expect(inventory.reserve('o1', [{ sku: 'A', quantity: 2 }])).toEqual({ reserved: true, amount: 200 });
    expect(stockOf(inventory)).toEqual({ A: 3, B: 1 });
  });

  it('puts released stock back, once', () => {
    const inventory = products();
    inventory.reserve('o1', [{ sku: 'A', quantity: 2 }]);
    expect(inventory.release('o1')).toBe(true);
    expect(inventory.release('o1')).toBe(false);
    expect(stockOf(inventory)).toEqual({ A: 5, B: 1 });
  });

  it('does not let a late reserve win over an earlier release of the same order', () => {
    const inventory = products();
    expect(inventory.release('o1')).toBe(false);
    expect(inventory.reserve('o1', [{ sku: 'A', quantity: 1 }]).reserved).toBe(false);
    expect(stockOf(inventory)).toEqual({ A: 5, B: 1 });
  });

  it('keeps committed stock sold: release no longer returns it', () => {
    const inventory = products();
    inventory.reserve('o1', [{ sku: 'A', quantity: 2 }]);
    inventory.commit('o1');
    expect(inventory.release('o1')).toBe(false);
    expect(stockOf(inventory)).toEqual({ A: 3, B: 1 });
  });
});
