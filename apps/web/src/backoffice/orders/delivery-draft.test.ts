import { describe, expect, it } from 'vitest';
import { allLeft, copiesLeft, deliveryBody, lineFieldPaths, lineOfField, linesToDeliver, normaliseWaybill, parseQuantity, waybillProblem } from './delivery-draft.ts';

const line = (id: string, quantity: number, deliveredQuantity = 0, status: 'processing' | 'partially_delivered' | 'shipped' | 'cancelled' | 'invoiced' = 'processing') => ({
  id,
  quantity,
  deliveredQuantity,
  status,
});

const lines = [line('a', 3), line('b', 2, 2, 'shipped'), line('c', 5, 1, 'partially_delivered'), line('d', 4, 0, 'cancelled')];

describe('copies left to deliver', () => {
  it('counts what is ordered and not yet sent', () => {
    expect(lines.map(copiesLeft)).toEqual([3, 0, 4, 0]);
    expect(copiesLeft(line('x', 2, 5))).toBe(0);
    expect(copiesLeft(line('x', 2, 0, 'invoiced'))).toBe(0);
  });

  it('lists only the lines with copies left, and pre-fills each with what is left', () => {
    expect(linesToDeliver(lines).map((l) => l.id)).toEqual(['a', 'c']);
    expect(allLeft(lines)).toEqual({ a: '3', c: '4' });
  });
});

describe('quantities and waybills', () => {
  it('reads whole copies; blank is 0', () => {
    expect(parseQuantity(' 2 ')).toBe(2);
    expect(parseQuantity('')).toBe(0);
    expect(parseQuantity('0')).toBe(0);
    expect(parseQuantity('2,5')).toBeNull();
    expect(parseQuantity('-1')).toBeNull();
    expect(parseQuantity('to')).toBeNull();
  });

  it('drops the spaces of a grouped waybill number and checks it as the API does', () => {
    expect(normaliseWaybill(' 70 7012 3456 ')).toBe('7070123456');
    expect(waybillProblem('')).toBe('required');
    expect(waybillProblem('AB')).toBe('tooShort');
    expect(waybillProblem('X'.repeat(41))).toBe('tooLong');
    expect(waybillProblem('CP123/45')).toBe('chars');
    expect(waybillProblem('CP-12345NO')).toBeNull();
  });
});

describe('deliveryBody', () => {
  it('sends the lines with copies, leaving out those at 0', () => {
    const result = deliveryBody({ carrier: 'postnord', waybill: '00370 72612', quantities: { a: '0', c: '2' } }, lines);
    expect(result).toEqual({ ok: true, body: { carrier: 'postnord', waybill: '0037072612', lines: [{ orderLineId: 'c', quantity: 2 }] } });
  });

  it('treats a line missing from the draft as 0', () => {
    const result = deliveryBody({ carrier: 'other', waybill: 'ABC', quantities: { a: '3' } }, lines);
    expect(result).toEqual({ ok: true, body: { carrier: 'other', waybill: 'ABC', lines: [{ orderLineId: 'a', quantity: 3 }] } });
  });

  it('names every problem in form order', () => {
    const result = deliveryBody({ carrier: '', waybill: 'a b/', quantities: { a: '4', c: '1,5' } }, lines);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'carrier' },
        { field: 'waybill', kind: 'chars' },
        { field: 'quantity', lineId: 'a', kind: 'tooMany', left: 3 },
        { field: 'quantity', lineId: 'c', kind: 'notWhole', left: 4 },
      ],
    });
  });

  it('refuses a delivery of nothing', () => {
    expect(deliveryBody({ carrier: 'collicare', waybill: '12345', quantities: { a: '0', c: '' } }, lines)).toEqual({ ok: false, problems: [{ field: 'lines' }] });
  });
});

describe('problems of the API, back to their lines', () => {
  const sent = [
    { orderLineId: 'c', quantity: 2 },
    { orderLineId: 'e', quantity: 1 },
  ];

  it('maps lines.N to the N-th line sent, not the N-th of the order', () => {
    expect(lineOfField('lines.0.quantity', sent)).toBe('c');
    expect(lineOfField('lines.1.orderLineId', sent)).toBe('e');
  });

  it('knows nothing of other fields or lines never sent', () => {
    expect(lineOfField('lines.2.quantity', sent)).toBeNull();
    expect(lineOfField('waybill', sent)).toBeNull();
    expect(lineOfField('lines', sent)).toBeNull();
  });

  it('lists the paths shown beside the lines', () => {
    expect(lineFieldPaths(sent)).toEqual(['lines.0.quantity', 'lines.0.orderLineId', 'lines.1.quantity', 'lines.1.orderLineId']);
  });
});
