import { describe, expect, it } from 'vitest';
import { checkoutKeyFor, forgetCheckoutKey, type KeyStorage } from './checkout-key.ts';

function memoryStorage(): KeyStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

function keys() {
  let n = 0;
  return () => `key-${String(++n).padStart(16, '0')}`;
}

describe('the checkout key', () => {
  it('is made once per cart version and kept: a retry or a reload sends the same key', () => {
    const storage = memoryStorage();
    const make = keys();
    const first = checkoutKeyFor(storage, 'acc', 'v1', make);
    expect(checkoutKeyFor(storage, 'acc', 'v1', make)).toBe(first);
    expect(checkoutKeyFor(storage, 'acc', 'v1', make)).toBe(first);
  });

  it('is a new key for a changed cart', () => {
    const storage = memoryStorage();
    const make = keys();
    const first = checkoutKeyFor(storage, 'acc', 'v1', make);
    const second = checkoutKeyFor(storage, 'acc', 'v2', make);
    expect(second).not.toBe(first);
    expect(checkoutKeyFor(storage, 'acc', 'v2', make)).toBe(second);
  });

  it('is kept per account', () => {
    const storage = memoryStorage();
    const make = keys();
    expect(checkoutKeyFor(storage, 'a', 'v1', make)).not.toBe(checkoutKeyFor(storage, 'b', 'v1', make));
  });

  it('is forgotten once the order is placed', () => {
    const storage = memoryStorage();
    const make = keys();
    const first = checkoutKeyFor(storage, 'acc', 'v1', make);
    forgetCheckoutKey(storage, 'acc');
    expect(storage.items.size).toBe(0);
    expect(checkoutKeyFor(storage, 'acc', 'v1', make)).not.toBe(first);
  });

  it('ignores what it cannot read, and works without storage or with a refusing one', () => {
    const storage = memoryStorage();
    storage.setItem('hylle.checkout.acc', '{not json');
    expect(checkoutKeyFor(storage, 'acc', 'v1', keys())).toBe('key-0000000000000001');
    expect(checkoutKeyFor(null, 'acc', 'v1', keys())).toBe('key-0000000000000001');
    const full: KeyStorage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => { throw new Error('no'); } };
    expect(checkoutKeyFor(full, 'acc', 'v1', keys())).toBe('key-0000000000000001');
    expect(() => forgetCheckoutKey(full, 'acc')).not.toThrow();
  });
});
