import type { AccountDetail, Cart, OrderDetail, OrderImportReport, OrderPage } from '@hylle/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProduct, seedProducts } from '../../test-support/catalogue.ts';
import { pdfText, qpdfCheck } from '../../test-support/pdf-tools.ts';
import { anAddress, expectProblem, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

/** What leaves the shop about an order: packing slips, invoice copies, the ERP export, and orders coming in by file (ORD-1, ORD-3, ORD-5…ORD-7). */
let t: TestApp;
let library: AccountDetail;
let other: AccountDetail;
let kari: TestClient;
let tove: TestClient;
let anne: TestClient;
let order: OrderDetail;
const titles = [aProduct({ title: 'Sult' }), aProduct({ title: 'Pan; en roman' })];

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t);
  library = await seedAccount(t, staff, { name: 'Trondheim folkebibliotek', admin: { email: 'tove@trondheim.no' }, addresses: [anAddress('Hovedbiblioteket', 'Trondheim'), anAddress('Filial Byåsen', 'Trondheim')] });
  other = await seedAccount(t, staff, { name: 'Fjordby bibliotek', admin: { email: 'anne@fjordby.no' }, addresses: [anAddress('Fjordby')] });
  await t.database.db.execute(`UPDATE accounts SET pay_on_invoice_allowed = true WHERE id = '${library.id}'`);
  const products = await seedProducts(t, titles);
  kari = await t.signIn('kari@hylle.test');
  tove = await t.signIn('tove@trondheim.no');
  anne = await t.signIn('anne@fjordby.no');
  for (const [department, list] of [['VOKSEN', 'department'], ['BARN', 'department']] as const) {
    await tove.post('/api/account/distribution/codes', { list, code: department, label: '' });
  }
  await tove.post('/api/cart/lines', { productId: products.get(titles[0]!.isbn), quantity: 2, department: 'VOKSEN', lineReference: 'Hylle 12' });
  await tove.post('/api/cart/lines', { productId: products.get(titles[1]!.isbn), quantity: 1, department: 'BARN' });
  const cart = (await tove.get('/api/cart')).json() as Cart;
  order = (
    await tove.post('/api/checkout', {
      idempotencyKey: `dokumenter-${Date.now()}`,
      cartVersion: cart.version,
      deliveryAddressId: library.deliveryAddresses[0]!.id,
      requisition: 'Voksenavdeling',
      orderReference: 'Uke 48',
      costCentre: '4410',
      payment: 'invoice',
    })
  ).json() as OrderDetail;
  await kari.post(`/api/backoffice/orders/${order.id}/deliveries`, { carrier: 'posten_bring', waybill: '70701234567890', lines: order.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })) });
});
afterAll(() => t.stop());

describe('documents of an order', () => {
  it('gives the buyer a tracking link and a packing slip grouped by department', async () => {
    const detail = (await tove.get(`/api/orders/${order.id}`)).json() as OrderDetail;
    expect(detail.deliveries[0]!.trackingUrl).toBe('https://sporing.posten.no/sporing/70701234567890');
    const slip = await tove.get(`/api/orders/${order.id}/deliveries/${detail.deliveries[0]!.id}/packing-slip.pdf`);
    expect(slip.statusCode).toBe(200);
    expect(slip.headers['content-type']).toBe('application/pdf');
    const bytes = new Uint8Array(slip.rawPayload);
    expect(qpdfCheck(bytes).ok).toBe(true);
    const text = pdfText(bytes);
    expect(text).toContain('Voksenavdeling');
    expect(text).toContain(order.orderNumber);
    expect(text.indexOf('BARN')).toBeLessThan(text.indexOf('VOKSEN'));
    expect(text).toContain('Hylle 12');
    expectProblem(await anne.get(`/api/orders/${order.id}/deliveries/${detail.deliveries[0]!.id}/packing-slip.pdf`), 404, 'not_found');
  });

  it('has no invoice copy until staff invoice, then one with the requisition and the total', async () => {
    expectProblem(await tove.get(`/api/orders/${order.id}/invoice.pdf`), 404, 'not_found');
    const invoiced = (await kari.post(`/api/backoffice/orders/${order.id}/invoice`)).json() as OrderDetail;
    const copy = await tove.get(`/api/orders/${order.id}/invoice.pdf`);
    expect(copy.statusCode).toBe(200);
    const text = pdfText(new Uint8Array(copy.rawPayload));
    expect(text).toContain(invoiced.invoice!.invoiceNumber);
    expect(text).toContain('Voksenavdeling');
    expect(text).toContain('4410');
    expectProblem(await anne.get(`/api/orders/${order.id}/invoice.pdf`), 404, 'not_found');
    expect((await kari.get(`/api/backoffice/orders/${order.id}/invoice.pdf`)).statusCode).toBe(200);
  });

  it('exports the order lines for the ERP with the line reference in Artikelreferentie2', async () => {
    const response = await kari.get(`/api/backoffice/orders/export.csv?from=${order.placedOn}&to=${order.placedOn}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = response.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    const columns = header!.split(';');
    expect(columns).toContain('Artikelreferentie2');
    const first = rows[0]!.split(';');
    expect(first[columns.indexOf('Artikelreferentie2')]).toBe('Hylle 12');
    expect(first[columns.indexOf('Bestelnummer')]).toBe(order.orderNumber);
    expect(rows[1]).toContain('"Pan; en roman"');
    expectProblem(await kari.get(`/api/backoffice/orders/export.csv?from=${order.placedOn}&to=2020-01-01`), 400, 'invalid_range', 'from');
    expectProblem(await tove.get(`/api/backoffice/orders/export.csv?from=${order.placedOn}&to=${order.placedOn}`), 403, 'forbidden');
  });
});

describe('orders placed by phone, e-mail or EDI', () => {
  const header = 'customer_number;channel;external_reference;requisition;order_reference;cost_centre;delivery_address_label;isbn;quantity;line_reference;budget_code;department;shelf_location;material_type;ordered_on';
  const upload = (client: TestClient, csv: string) => client.request({ method: 'POST', url: '/api/backoffice/order-imports', headers: { 'content-type': 'text/csv' }, payload: csv });

  it('imports nothing when any row is wrong, and says which', async () => {
    const csv = [
      header,
      `${library.customerNumber};phone;TLF-1;Barn;;;Filial Byåsen;${titles[0]!.isbn};1;;;BARN;;;`,
      `${other.customerNumber};email;EP-7;;;;;${titles[1]!.isbn};1;;;KJELLER;;;`,
      `99999;edi;EDI-1;;;;;${titles[1]!.isbn};1;;;;;;`,
    ].join('\n');
    const report = (await upload(kari, csv)).json() as OrderImportReport;
    expect(report).toMatchObject({ ordersCreated: 0, linesCreated: 0 });
    expect(report.problems.map((p) => p.line)).toEqual([3, 4]);
    expect(report.problems[1]!.message).toContain('99999');
    expect(((await tove.get('/api/orders?title=sult')).json() as OrderPage).total).toBe(1);
  });

  it('imports good files once, so the orders show in the account’s overview with their channel', async () => {
    const csv = [header, `${library.customerNumber};phone;TLF-1;Barn;Ring fra Tove;;Filial Byåsen;${titles[0]!.isbn};3;Julegave;;BARN;;;`, `${library.customerNumber};phone;TLF-1;Barn;Ring fra Tove;;Filial Byåsen;${titles[1]!.isbn};1;;;;;;`].join('\r\n');
    const response = await upload(kari, csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ ordersCreated: 1, linesCreated: 2, alreadyImported: 0, problems: [] });
    expect((await upload(kari, csv)).json()).toEqual({ ordersCreated: 0, linesCreated: 0, alreadyImported: 1, problems: [] });
    const page = (await tove.get('/api/orders?requisition=barn')).json() as OrderPage;
    expect(page.items.map((o) => [o.channel, o.copies, o.orderReference])).toEqual([['phone', 4, 'Ring fra Tove']]);
    const imported = (await tove.get(`/api/orders/${page.items[0]!.id}`)).json() as OrderDetail;
    expect(imported.deliveryAddress.label).toBe('Filial Byåsen');
    expect(imported.lines[0]).toMatchObject({ quantity: 3, lineReference: 'Julegave', department: 'BARN', line: { gross: 3 * 39_900 } });
    expectProblem(await upload(tove, csv), 403, 'forbidden');
  });
});
