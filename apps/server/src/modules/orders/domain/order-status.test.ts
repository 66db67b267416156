import { describe, expect, it } from 'vitest';
import { lineStatusOf, mayCancel, orderStatusOf } from './order-status.ts';

describe('order and line status (ORD-2)', () => {
  it('follows what has been delivered', () => {
    expect(lineStatusOf({ quantity: 3, deliveredQuantity: 0 })).toBe('processing');
    expect(lineStatusOf({ quantity: 3, deliveredQuantity: 1 })).toBe('partially_delivered');
    expect(lineStatusOf({ quantity: 3, deliveredQuantity: 3 })).toBe('shipped');
    const invoice = { payment: 'invoice' as const, paid: false };
    expect(orderStatusOf(invoice, [{ quantity: 2, deliveredQuantity: 0 }])).toBe('processing');
    expect(orderStatusOf(invoice, [{ quantity: 2, deliveredQuantity: 2 }, { quantity: 1, deliveredQuantity: 0 }])).toBe('partially_delivered');
    expect(orderStatusOf(invoice, [{ quantity: 2, deliveredQuantity: 2 }, { quantity: 1, deliveredQuantity: 1 }])).toBe('shipped');
  });

  it('keeps a prepaid order waiting until it is paid', () => {
    const lines = [{ quantity: 1, deliveredQuantity: 0 }];
    expect(orderStatusOf({ payment: 'prepayment', paid: false }, lines)).toBe('awaiting_payment');
    expect(orderStatusOf({ payment: 'prepayment', paid: true }, lines)).toBe('processing');
  });
});

describe('same-day cancellation (ORD-4)', () => {
  const order = { status: 'processing' as const, placedOn: '2026-11-23', paidAt: null };
  it('is allowed the day it was placed while nothing is delivered', () => {
    expect(mayCancel(order, 0, '2026-11-23')).toBe(true);
    expect(mayCancel({ ...order, status: 'awaiting_payment' }, 0, '2026-11-23')).toBe(true);
  });
  it('is refused the next day, after a delivery, or once shipped, invoiced or cancelled', () => {
    expect(mayCancel(order, 0, '2026-11-24')).toBe(false);
    expect(mayCancel(order, 1, '2026-11-23')).toBe(false);
    expect(mayCancel({ ...order, paidAt: new Date('2026-11-23T09:00:00Z') }, 0, '2026-11-23')).toBe(false);
    for (const status of ['partially_delivered', 'shipped', 'invoiced', 'cancelled'] as const) {
      expect(mayCancel({ ...order, status }, 0, '2026-11-23')).toBe(false);
    }
  });
});
