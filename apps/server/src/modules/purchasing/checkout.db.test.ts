import type { AccountDetail, BudgetCode, Cart, OrderDetail, OrderPage, QuickAddReport } from '@hylle/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProduct, seedProducts } from '../../test-support/catalogue.ts';
import { anAddress, expectProblem, mailsTo, memberId, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

/**
 * The purchasing loop through the API (CHK-1…CHK-4, ORD-1, ORD-2, ORD-4): a library puts
 * one title on two lines for two departments with two budget codes, sees what the codes
 * have left, checks out once however often it submits, follows the order and cancels it.
 */
let t: TestApp;
let storvik: AccountDetail;
let other: AccountDetail;
let ingrid: TestClient;
let mina: TestClient;
let olav: TestClient;
let kari: TestClient;
let products: Map<string, string>;
const book = aProduct({ title: 'Markens grøde', releaseDate: '2019-01-10' });
const newBook = aProduct({ title: 'Nye tider', releaseDate: new Date().toISOString().slice(0, 10) });
const gone = aProduct({ title: 'Utsolgt for alltid' });
let fiction: BudgetCode;
let youth: BudgetCode;

const key = () => `nøkkel-${Math.random().toString(36).slice(2)}-${Date.now()}`;
const idOf = (record: { isbn: string }) => products.get(record.isbn)!;

async function createCode(accountId: string, code: string, totalMinor: number, discounts: { fixed: number; standard: number }) {
  const response = await kari.post(`/api/backoffice/accounts/${accountId}/budget-codes`, {
    code,
    description: '',
    totalMinor,
    fixedPriceDiscountBp: discounts.fixed,
    standardDiscountBp: discounts.standard,
    fixedPricePeriodMonths: null,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as BudgetCode;
}

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t);
  storvik = await seedAccount(t, staff, {
    name: 'Storvik bibliotek',
    admin: { email: 'ingrid@storvik.no', name: 'Ingrid Hovland' },
    members: [
      { email: 'mina@storvik.no', name: 'Mina Solheim', role: 'buyer' },
      { email: 'olav@storvik.no', name: 'Olav Berg', role: 'buyer' },
    ],
    addresses: [anAddress('Hovedbiblioteket', 'Storvik'), anAddress('Filial Nordby', 'Nordby')],
  });
  other = await seedAccount(t, staff, { name: 'Fjordby bibliotek', admin: { email: 'anne@fjordby.no' }, addresses: [anAddress('Fjordby')] });
  products = await seedProducts(t, [book, newBook, gone]);
  kari = await t.signIn('kari@hylle.test');
  ingrid = await t.signIn('ingrid@storvik.no');
  mina = await t.signIn('mina@storvik.no');
  olav = await t.signIn('olav@storvik.no');
  for (const [list, code] of [
    ['department', 'VOKSEN'],
    ['department', 'BARN'],
    ['shelf_location', 'SKJØNN'],
  ] as const) {
    expect((await ingrid.post('/api/account/distribution/codes', { list, code, label: '' })).statusCode).toBe(201);
  }
  // FICTION gives 30 % off outside the fixed-price period; YOUTH sets no discount, so the account's (none) applies.
  fiction = await createCode(storvik.id, 'FICTION', 100_000, { fixed: 0, standard: 3_000 });
  youth = await createCode(storvik.id, 'YOUTH', 200_000, { fixed: 0, standard: 0 });
});
afterAll(() => t.stop());

describe('the cart (CHK-1, CHK-4)', () => {
  it('keeps one title on two lines for two departments and shows each code’s budget after the cart', async () => {
    const first = await mina.post('/api/cart/lines', { productId: idOf(book), quantity: 2, budgetCodeId: fiction.id, department: 'voksen', lineReference: 'Hylle 3' });
    expect(first.statusCode, first.body).toBe(201);
    const second = await mina.post('/api/cart/lines', { productId: idOf(book), quantity: 1, budgetCodeId: youth.id, department: 'BARN' });
    const cart = second.json() as Cart;
    expect(cart.lines.map((l) => [l.product.title, l.quantity, l.department, l.budgetCode, l.lineReference])).toEqual([
      ['Markens grøde', 2, 'VOKSEN', 'FICTION', 'Hylle 3'],
      ['Markens grøde', 1, 'BARN', 'YOUTH', ''],
    ]);
    // 399 kr list; FICTION's 30 % standard discount → 279.30 a copy; YOUTH pays the list price.
    expect(cart.lines.map((l) => l.lineAmounts?.gross)).toEqual([55_860, 39_900]);
    expect(cart.totals.gross).toBe(95_760);
    expect(cart.vatTotals).toEqual([{ vatRateBp: 0, net: 95_760, vat: 0, gross: 95_760 }]);
    expect(cart.budgets).toEqual([
      { budgetCodeId: fiction.id, code: 'FICTION', remainingMinor: 100_000, inCartMinor: 55_860, remainingAfterCartMinor: 44_140 },
      { budgetCodeId: youth.id, code: 'YOUTH', remainingMinor: 200_000, inCartMinor: 39_900, remainingAfterCartMinor: 160_100 },
    ]);
    expect(cart.orderable).toBe(true);
  });

  it('changes a line, prices it again and refuses values not on the account’s lists', async () => {
    const cart = (await mina.get('/api/cart')).json() as Cart;
    const line = cart.lines[1]!;
    const values = { quantity: 3, lineReference: 'Til juleutstillingen', budgetCodeId: youth.id, department: 'BARN', shelfLocation: 'SKJØNN', materialType: null, extraFields: [] };
    const changed = (await mina.put(`/api/cart/lines/${line.id}`, values)).json() as Cart;
    expect(changed.lines[1]).toMatchObject({ quantity: 3, lineReference: 'Til juleutstillingen', shelfLocation: 'SKJØNN', lineAmounts: { gross: 119_700 } });
    expect(changed.version).not.toBe(cart.version);
    expectProblem(await mina.put(`/api/cart/lines/${line.id}`, { ...values, department: 'KJELLER' }), 400, 'invalid_distribution', 'department');
    expectProblem(await mina.put(`/api/cart/lines/${line.id}`, { ...values, quantity: 0 }), 400, 'validation', 'quantity');
    const foreignCode = await createCode(other.id, 'FREMMED', 10_000, { fixed: 0, standard: 0 });
    expectProblem(await mina.put(`/api/cart/lines/${line.id}`, { ...values, budgetCodeId: foreignCode.id }), 400, 'invalid_budget_code', 'budgetCodeId');
  });

  it('quick-adds a pasted ISBN list and reports each line it could not add', async () => {
    const text = ['ISBN;Antall', `${book.isbn};2`, 'ikke et isbn', '978-82-00-00000-0', `${newBook.isbn.slice(0, 3)}-${newBook.isbn.slice(3)}`, `${book.isbn};mange`].join('\n');
    const response = await olav.post('/api/cart/quick-add', { text, department: 'VOKSEN' });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json() as QuickAddReport;
    expect(report.added).toBe(2);
    expect(report.notAdded).toEqual([
      { line: 3, text: 'ikke et isbn', reason: 'not_an_isbn' },
      { line: 4, text: '978-82-00-00000-0', reason: 'not_an_isbn' },
      { line: 6, text: `${book.isbn};mange`, reason: 'bad_quantity' },
    ]);
    expect(report.cart.lines.map((l) => [l.product.title, l.quantity, l.department])).toEqual([
      ['Markens grøde', 2, 'VOKSEN'],
      ['Nye tider', 1, 'VOKSEN'],
    ]);
    expectProblem(await olav.post('/api/cart/quick-add', { text: '\n \n' }), 400, 'empty_list', 'text');
    // Olav's cart is his own: Mina's lines are not in it, and he cannot touch them.
    const minas = (await mina.get('/api/cart')).json() as Cart;
    expectProblem(await olav.delete(`/api/cart/lines/${minas.lines[0]!.id}`), 404, 'not_found');
    expect(((await mina.get('/api/cart')).json() as Cart).lines).toHaveLength(2);
    await olav.delete('/api/cart');
  });
});

describe('checkout (CHK-2, CHK-3, CHK-4)', () => {
  let order: OrderDetail;

  it('refuses a cart changed since review, an address of another account and invoice where not allowed', async () => {
    const cart = (await mina.get('/api/cart')).json() as Cart;
    const body = { idempotencyKey: key(), cartVersion: 'gammel-versjon', deliveryAddressId: storvik.deliveryAddresses[1]!.id, requisition: 'Voksenavdeling', payment: 'prepayment' };
    expectProblem(await mina.post('/api/checkout', body), 409, 'cart_changed', 'cartVersion');
    expectProblem(await mina.post('/api/checkout', { ...body, cartVersion: cart.version, deliveryAddressId: other.deliveryAddresses[0]!.id }), 400, 'invalid_delivery_address', 'deliveryAddressId');
    expectProblem(await mina.post('/api/checkout', { ...body, cartVersion: cart.version, payment: 'invoice' }), 400, 'payment_not_allowed', 'payment');
    expect(await budgetSpent(fiction.id)).toBe(0);
    expect(await countOrders(storvik.id)).toBe(0);
  });

  it('places one order however often it is submitted, debits the codes and empties the cart', async () => {
    const cart = (await mina.get('/api/cart')).json() as Cart;
    const body = {
      idempotencyKey: key(),
      cartVersion: cart.version,
      deliveryAddressId: storvik.deliveryAddresses[1]!.id,
      requisition: 'Voksenavdeling',
      orderReference: 'Innkjøp uke 48',
      costCentre: '4410',
      payment: 'prepayment',
    };
    const responses = await Promise.all([mina.post('/api/checkout', body), mina.post('/api/checkout', body), mina.post('/api/checkout', body)]);
    expect(responses.map((r) => r.statusCode).sort(), responses[0]!.body).toEqual([200, 200, 201]);
    const orders = responses.map((r) => r.json() as OrderDetail);
    expect(new Set(orders.map((o) => o.id)).size).toBe(1);
    order = orders[0]!;
    expect(order).toMatchObject({
      status: 'awaiting_payment',
      channel: 'web',
      payment: 'prepayment',
      requisition: 'Voksenavdeling',
      orderReference: 'Innkjøp uke 48',
      costCentre: '4410',
      placedBy: { name: 'Mina Solheim' },
      deliveryAddress: { label: 'Filial Nordby', city: 'Nordby' },
      totals: { gross: 175_560 },
      cancellable: true,
      account: { name: 'Storvik bibliotek' },
    });
    expect(order.orderNumber).toMatch(/^\d{6,}$/);
    expect(order.lines.map((l) => [l.lineNo, l.quantity, l.department, l.budgetCode, l.status, l.line.gross])).toEqual([
      [1, 2, 'VOKSEN', 'FICTION', 'processing', 55_860],
      [2, 3, 'BARN', 'YOUTH', 'processing', 119_700],
    ]);
    // A reload after the order went through finds the same order, not an empty cart.
    const again = await mina.post('/api/checkout', body);
    expect(again.statusCode).toBe(200);
    expect((again.json() as OrderDetail).id).toBe(order.id);
    expect(((await mina.get('/api/cart')).json() as Cart).lines).toEqual([]);
    expect(await budgetSpent(fiction.id)).toBe(55_860);
    expect(await budgetSpent(youth.id)).toBe(119_700);
    const [mail] = await mailsTo(t, 'mina@storvik.no');
    expect(mail?.subject).toBe(`Ordrebekreftelse ${order.orderNumber} – Storvik bibliotek`);
    expect(mail?.text).toContain('Rekvisisjon: Voksenavdeling');
  });

  it('refuses an order a budget code cannot cover, and changes nothing', async () => {
    await mina.post('/api/cart/lines', { productId: idOf(book), quantity: 3, budgetCodeId: youth.id });
    const cart = (await mina.get('/api/cart')).json() as Cart;
    expect(cart.budgets.find((b) => b.code === 'YOUTH')?.remainingAfterCartMinor).toBe(200_000 - 119_700 - 119_700);
    const response = await mina.post('/api/checkout', { idempotencyKey: key(), cartVersion: cart.version, deliveryAddressId: storvik.deliveryAddresses[0]!.id, payment: 'prepayment' });
    expectProblem(response, 409, 'budget_exceeded');
    expect(await countOrders(storvik.id)).toBe(1);
    expect(((await mina.get('/api/cart')).json() as Cart).lines).toHaveLength(1);
    await mina.delete('/api/cart');
  });

  it('lists the order for the whole account with filters, and hides it from other accounts', async () => {
    const page = (await olav.get('/api/orders')).json() as OrderPage;
    expect(page).toMatchObject({ total: 1, totalCapped: false, page: 1 });
    expect(page.items[0]).toMatchObject({ id: order.id, lineCount: 2, copies: 5, requisition: 'Voksenavdeling' });
    expect(page.buyers.map((b) => b.name).sort()).toEqual(['Ingrid Hovland', 'Mina Solheim', 'Olav Berg']);
    const count = async (query: string) => ((await olav.get(`/api/orders?${query}`)).json() as OrderPage).total;
    expect(await count('mine=true')).toBe(0);
    expect(await count(`buyer=${order.placedBy.userId}`)).toBe(1);
    expect(await count('status=awaiting_payment')).toBe(1);
    expect(await count('status=shipped')).toBe(0);
    expect(await count('requisition=voksen')).toBe(1);
    expect(await count('requisition=barn')).toBe(0);
    expect(await count('title=markens')).toBe(1);
    expect(await count('title=gr%C3%B8de%20mark')).toBe(1);
    expect(await count('title=sult')).toBe(0);
    expect(await count(`title=${book.isbn}`)).toBe(1);
    expect(await count(`from=${order.placedOn}&to=${order.placedOn}`)).toBe(1);
    expect(await count('from=2000-01-01&to=2000-12-31')).toBe(0);
    expectProblem(await olav.get('/api/orders?from=i-går'), 400, 'validation', 'from');
    expectProblem(await olav.get('/api/orders?to=2026-02-30'), 400, 'validation', 'to');
    expect(((await olav.get(`/api/orders/${order.id}`)).json() as OrderDetail).lines).toHaveLength(2);

    const anne = await t.signIn('anne@fjordby.no');
    expect(((await anne.get('/api/orders')).json() as OrderPage).total).toBe(0);
    expectProblem(await anne.get(`/api/orders/${order.id}`), 404, 'not_found');
    expectProblem(await anne.post(`/api/orders/${order.id}/cancel`), 404, 'not_found');
    expect((await anne.get(`/api/orders/ordered-before?productIds=${idOf(book)}`)).json()).toEqual([]);
    expect((await olav.get(`/api/orders/ordered-before?productIds=${idOf(book)},${idOf(gone)}`)).json()).toEqual([
      { productId: idOf(book), copies: 5, orders: 1, lastOrderedOn: order.placedOn },
    ]);
  });

  it('lets the buyer cancel the same day, gives the budget back, and refuses a second time', async () => {
    expectProblem(await olav.post(`/api/orders/${order.id}/cancel`), 403, 'forbidden');
    const cancelled = await mina.post(`/api/orders/${order.id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancellable: false, lines: [{ status: 'cancelled' }, { status: 'cancelled' }] });
    expect(await budgetSpent(fiction.id)).toBe(0);
    expect(await budgetSpent(youth.id)).toBe(0);
    expectProblem(await mina.post(`/api/orders/${order.id}/cancel`), 409, 'not_cancellable');
    expect((await olav.get(`/api/orders/ordered-before?productIds=${idOf(book)}`)).json()).toEqual([]);
  });

  it('refuses to cancel an order placed on an earlier day', async () => {
    await ingrid.post('/api/cart/lines', { productId: idOf(newBook), quantity: 1 });
    const cart = (await ingrid.get('/api/cart')).json() as Cart;
    const placed = (await ingrid.post('/api/checkout', { idempotencyKey: key(), cartVersion: cart.version, deliveryAddressId: storvik.deliveryAddresses[0]!.id, payment: 'prepayment' })).json() as OrderDetail;
    expect(placed.cancellable).toBe(true);
    t.clock.advance(24 * 60 * 60 * 1000);
    try {
      expect(((await ingrid.get(`/api/orders/${placed.id}`)).json() as OrderDetail).cancellable).toBe(false);
      expectProblem(await ingrid.post(`/api/orders/${placed.id}/cancel`), 409, 'not_cancellable');
    } finally {
      t.clock.advance(-24 * 60 * 60 * 1000);
    }
  });
});

describe('a buyer removed from the account', () => {
  // The cart and checkout check membership inside their own transaction (ADR 13), not in the route.
  it('can no longer read, change or order the cart, and nothing changes', async () => {
    const added = await olav.post('/api/cart/lines', { productId: idOf(book), quantity: 1, budgetCodeId: youth.id, department: 'BARN' });
    expect(added.statusCode, added.body).toBe(201);
    const cart = added.json() as Cart;
    const line = cart.lines[0]!;
    const ordersBefore = await countOrders(storvik.id);
    const spentBefore = await budgetSpent(youth.id);
    expect((await ingrid.delete(`/api/account/members/${memberId(storvik, 'olav@storvik.no')}`)).statusCode).toBe(204);

    expectProblem(await olav.get('/api/cart'), 409, 'account_changed');
    expectProblem(await olav.post('/api/cart/lines', { productId: idOf(book), quantity: 1 }), 409, 'account_changed');
    expectProblem(await olav.put(`/api/cart/lines/${line.id}`, { quantity: 5, budgetCodeId: youth.id, department: 'BARN' }), 409, 'account_changed');
    expectProblem(await olav.delete(`/api/cart/lines/${line.id}`), 409, 'account_changed');
    expectProblem(await olav.delete('/api/cart'), 409, 'account_changed');
    expectProblem(await olav.post('/api/cart/quick-add', { text: book.isbn }), 409, 'account_changed');
    // Membership is the first thing checked: not "no such line" or "empty list" before it.
    expectProblem(await olav.delete('/api/cart/lines/00000000-0000-4000-8000-000000000000'), 409, 'account_changed');
    expectProblem(await olav.post('/api/cart/quick-add', { text: ' ' }), 409, 'account_changed');
    const checkout = await olav.post('/api/checkout', {
      idempotencyKey: key(),
      cartVersion: cart.version,
      deliveryAddressId: storvik.deliveryAddresses[0]!.id,
      requisition: 'Etter at jeg ble fjernet',
      orderReference: '',
      costCentre: '',
      payment: 'invoice',
    });
    expectProblem(checkout, 409, 'account_changed');

    const kept = await t.database.db.execute<{ quantity: number }>(sql`SELECT quantity FROM cart_lines WHERE id = ${line.id}`);
    expect(kept.rows).toEqual([{ quantity: 1 }]);
    expect(await countOrders(storvik.id)).toBe(ordersBefore);
    expect(await budgetSpent(youth.id)).toBe(spentBefore);
  });
});

async function budgetSpent(codeId: string): Promise<number> {
  const rows = await t.database.db.execute<{ spent: string; ledger: string | null }>(
    sql`SELECT spent_minor AS spent, (SELECT sum(amount_minor) FROM budget_ledger_entries WHERE budget_code_id = ${codeId}) AS ledger FROM budget_codes WHERE id = ${codeId}`,
  );
  const row = rows.rows[0]!;
  expect(Number(row.ledger ?? 0)).toBe(Number(row.spent));
  return Number(row.spent);
}

async function countOrders(accountId: string): Promise<number> {
  const rows = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM orders WHERE account_id = ${accountId}`);
  return rows.rows[0]!.n;
}
