import { describe, expect, it } from 'vitest';
import { dropIndex, moveBy, moveTo, sameOrder } from './profile-order.ts';

const order = ['voksne', 'biblioteker', 'alle'] as const;

describe('moveBy', () => {
  it('moves a profile one place up or down', () => {
    expect(moveBy(order, 'alle', -1)).toEqual(['voksne', 'alle', 'biblioteker']);
    expect(moveBy(order, 'voksne', 1)).toEqual(['biblioteker', 'voksne', 'alle']);
  });

  it('leaves the order alone at either end, or for an unknown id', () => {
    expect(moveBy(order, 'voksne', -1)).toBe(order);
    expect(moveBy(order, 'alle', 1)).toBe(order);
    expect(moveBy(order, 'nobody' as never, 1)).toBe(order);
  });
});

describe('moveTo and dropIndex', () => {
  it('puts a profile at any place, clamped to the list', () => {
    expect(moveTo(order, 'alle', 0)).toEqual(['alle', 'voksne', 'biblioteker']);
    expect(moveTo(order, 'voksne', 99)).toEqual(['biblioteker', 'alle', 'voksne']);
    expect(moveTo(order, 'voksne', 0)).toBe(order);
  });

  it('drops a dragged row into the target’s place, whichever way it was dragged', () => {
    const down = moveTo(order, 'voksne', dropIndex(order, 'voksne', 'biblioteker'));
    expect(down).toEqual(['biblioteker', 'voksne', 'alle']);
    const up = moveTo(order, 'alle', dropIndex(order, 'alle', 'voksne'));
    expect(up).toEqual(['alle', 'voksne', 'biblioteker']);
    expect(dropIndex(order, 'ukjent', 'alle')).toBe(-1);
  });

  it('keeps every profile exactly once, as the server requires', () => {
    for (const id of order) {
      for (let to = 0; to < order.length; to += 1) {
        expect([...moveTo(order, id, to)].sort()).toEqual([...order].sort());
      }
    }
  });

  it('compares orders', () => {
    expect(sameOrder(order, [...order])).toBe(true);
    expect(sameOrder(order, moveBy(order, 'alle', -1))).toBe(false);
  });
});
