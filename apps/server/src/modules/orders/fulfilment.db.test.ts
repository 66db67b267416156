import type { AccountDetail, Cart, OrderDetail, OrderPage } from '@hylle/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProduct, seedProducts } from '../../test-support/catalogue.ts';
import { anAddress, expectProblem, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

/** Staff ship orders in parts and invoice them (ORD-2, ORD-3, ORD-4, ORD-6). */
let t: TestApp;
let library: AccountDetail;
let kari: TestClient;
let tove: TestClient;
let products: Map<string, string>;
const titles = [aProduct({ title: 'Sult' }), aProduct({ title: 'Victoria' })];
let keyCount = 0;

async function placeOrder(lines: { isbn: string; quantity: number }[]): Promise<OrderDetail> {
  for (const line of lines) await tove.post('/api/cart/lines', { productId: products.get(line.isbn), quantity: line.quantity });
  const cart = (await tove.get('/api/cart')).json() as Cart;
  keyCount += 1;
  const response = await tove.post('/api/checkout', {
    idempotencyKey: `leveransetest-${keyCount}-${Date.now()}`,
    cartVersion: cart.version,
    deliveryAddressId: library.deliveryAddresses[0]!.id,
    requisition: 'Barneavdelingen',
    payment: 'invoice',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as OrderDetail;
}

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t);
  library = await seedAccount(t, staff, { name: 'Trondheim folkebibliotek', admin: { email: 'tove@trondheim.no' }, addresses: [anAddress('Hovedbiblioteket', 'Trondheim')] });
  await t.database.db.execute(`UPDATE accounts SET pay_on_invoice_allowed = true WHERE id = '${library.id}'`);
  products = await seedProducts(t, titles);
  kari = await t.signIn('kari@hylle.test');
  tove = await t.signIn('tove@trondheim.no');
});
afterAll(() => t.stop());

describe('deliveries and invoices', () => {
  it('ships part of an order, then the rest, then invoices it once, with gapless numbers', async () => {
    const order = await placeOrder([
      { isbn: titles[0]!.isbn, quantity: 3 },
      { isbn: titles[1]!.isbn, quantity: 1 },
    ]);
    const [sult, victoria] = order.lines;
    const base = `/api/backoffice/orders/${order.id}`;
    expectProblem(await kari.post(`${base}/invoice`), 409, 'not_delivered');

    const first = await kari.post(`${base}/deliveries`, { carrier: 'posten_bring', waybill: '70701234567890', lines: [{ orderLineId: sult!.id, quantity: 2 }] });
    expect(first.statusCode, first.body).toBe(201);
    const partly = first.json() as OrderDetail;
    expect(partly.status).toBe('partially_delivered');
    expect(partly.lines.map((l) => [l.status, l.deliveredQuantity])).toEqual([
      ['partially_delivered', 2],
      ['processing', 0],
    ]);
    expect(partly.deliveries).toMatchObject([{ deliveryNo: 1, carrier: 'posten_bring', waybill: '70701234567890', lines: [{ orderLineId: sult!.id, quantity: 2 }] }]);
    // The buyer sees the same, and may no longer cancel.
    const seen = (await tove.get(`/api/orders/${order.id}`)).json() as OrderDetail;
    expect(seen).toMatchObject({ status: 'partially_delivered', cancellable: false });
    expectProblem(await tove.post(`/api/orders/${order.id}/cancel`), 409, 'not_cancellable');

    expectProblem(
      await kari.post(`${base}/deliveries`, { carrier: 'postnord', waybill: 'PN123', lines: [{ orderLineId: sult!.id, quantity: 2 }] }),
      400,
      'too_many_copies',
      'lines.0.quantity',
    );
    expectProblem(
      await kari.post(`${base}/deliveries`, { carrier: 'postnord', waybill: 'PN123', lines: [{ orderLineId: victoria!.id, quantity: 1 }, { orderLineId: victoria!.id, quantity: 1 }] }),
      400,
      'duplicate_line',
      'lines.1.orderLineId',
    );
    const rest = (
      await kari.post(`${base}/deliveries`, {
        carrier: 'postnord',
        waybill: 'PN123',
        lines: [
          { orderLineId: sult!.id, quantity: 1 },
          { orderLineId: victoria!.id, quantity: 1 },
        ],
      })
    ).json() as OrderDetail;
    expect(rest.status).toBe('shipped');
    expect(rest.deliveries.map((d) => d.deliveryNo)).toEqual([1, 2]);

    const invoiced = await kari.post(`${base}/invoice`);
    expect(invoiced.statusCode, invoiced.body).toBe(201);
    const withInvoice = invoiced.json() as OrderDetail;
    expect(withInvoice.status).toBe('invoiced');
    expect(withInvoice.invoice).toMatchObject({ totalGrossMinor: order.totals.gross });
    expect(withInvoice.lines.every((l) => l.status === 'invoiced')).toBe(true);
    expectProblem(await kari.post(`${base}/invoice`), 409, 'already_invoiced');
    expectProblem(await kari.post(`${base}/deliveries`, { carrier: 'postnord', waybill: 'PN124', lines: [{ orderLineId: sult!.id, quantity: 1 }] }), 409, 'not_shippable');

    const second = await placeOrder([{ isbn: titles[1]!.isbn, quantity: 1 }]);
    await kari.post(`/api/backoffice/orders/${second.id}/deliveries`, { carrier: 'collicare', waybill: 'CC-9', lines: [{ orderLineId: second.lines[0]!.id, quantity: 1 }] });
    const next = (await kari.post(`/api/backoffice/orders/${second.id}/invoice`)).json() as OrderDetail;
    expect(Number(next.invoice!.invoiceNumber)).toBe(Number(withInvoice.invoice!.invoiceNumber) + 1);
  });

  it('keeps staff’s order pages from buyers and finds orders by number, customer number and account name', async () => {
    const order = await placeOrder([{ isbn: titles[0]!.isbn, quantity: 1 }]);
    expectProblem(await tove.get('/api/backoffice/orders'), 403, 'forbidden');
    expectProblem(await tove.post(`/api/backoffice/orders/${order.id}/deliveries`, { carrier: 'postnord', waybill: 'PN1', lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] }), 403, 'forbidden');
    const find = async (q: string) => ((await kari.get(`/api/backoffice/orders?q=${encodeURIComponent(q)}`)).json() as OrderPage).items.map((o) => o.orderNumber);
    expect(await find(order.orderNumber)).toEqual([order.orderNumber]);
    expect((await find('trondheim')).length).toBeGreaterThanOrEqual(3);
    expect(await find(library.customerNumber)).toContain(order.orderNumber);
    expect(await find('ingen slik kunde')).toEqual([]);
    expectProblem(await kari.get('/api/backoffice/orders/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
  });

  it('holds a prepaid order until staff mark it paid', async () => {
    await t.database.db.execute(`UPDATE accounts SET pay_on_invoice_allowed = false WHERE id = '${library.id}'`);
    await tove.post('/api/cart/lines', { productId: products.get(titles[0]!.isbn), quantity: 1 });
    const cart = (await tove.get('/api/cart')).json() as Cart;
    const order = (
      await tove.post('/api/checkout', { idempotencyKey: `forskudd-${Date.now()}`, cartVersion: cart.version, deliveryAddressId: library.deliveryAddresses[0]!.id, payment: 'prepayment' })
    ).json() as OrderDetail;
    expect(order.status).toBe('awaiting_payment');
    const ship = { carrier: 'db_schenker', waybill: 'DBS-1', lines: [{ orderLineId: order.lines[0]!.id, quantity: 1 }] };
    expectProblem(await kari.post(`/api/backoffice/orders/${order.id}/deliveries`, ship), 409, 'not_shippable');
    const paid = (await kari.post(`/api/backoffice/orders/${order.id}/paid`)).json() as OrderDetail;
    expect(paid).toMatchObject({ status: 'processing', paidAt: expect.any(String) });
    expectProblem(await kari.post(`/api/backoffice/orders/${order.id}/paid`), 409, 'not_awaiting_payment');
    expect(((await kari.post(`/api/backoffice/orders/${order.id}/deliveries`, ship)).json() as OrderDetail).status).toBe('shipped');
  });
});
