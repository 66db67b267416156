import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, startJourney, type Journey } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import type { RunningServer } from './support/server.ts';

/**
 * Orders in the backoffice (ORD-1–ORD-7): a librarian's order (placed through the API) is
 * found by customer service in Ordrer, shipped in two deliveries with tracking and packing
 * slips, and invoiced; the ERP export carries the line reference; orders by phone are
 * imported from CSV; a prepaid order is shipped once its payment is registered.
 */
let journey: Journey;
let server: RunningServer;
let browser: Browser;
let page: Page;
let orderNumber = '';
let sultIsbn = '';

beforeAll(async () => {
  journey = await startJourney();
  ({ server, browser, page } = journey);
});
afterAll(() => journey?.stop());

/** Intl writes "1 234,00" with no-break spaces; compare text with plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');
const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');

/** At 1280 px the tables fit their column: nothing to scroll sideways (scrolled width ≤ box width). */
async function expectNoSidewaysScroll(selector: string) {
  const { scroll, client } = await page.locator(selector).evaluate((table) => {
    const box = table.closest('.table-scroll');
    return { scroll: box?.scrollWidth ?? Infinity, client: box?.clientWidth ?? 0 };
  });
  expect(scroll, selector).toBeLessThanOrEqual(client);
}

type Answer<T> = { status: number; type: string; body: T };

/** A request from inside a signed-in page: its cookies, and the session's CSRF token for changes. */
async function call<T>(target: Page, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Answer<T>> {
  return target.evaluate(
    async ({ method, path, body }) => {
      const session = (await fetch('/api/session').then((r) => r.json())) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { accept: 'application/json', 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const type = response.headers.get('content-type') ?? '';
      const text = await response.text();
      return { status: response.status, type, body: (type.includes('json') ? JSON.parse(text) : text) as T };
    },
    { method, path, body },
  );
}

type Hit = { id: string; isbn: string; title: string; price: unknown; availability: { status: string } };

async function findOrderable(target: Page, title: string): Promise<Hit> {
  const search = await call<{ hits: Hit[] }>(target, 'GET', `/api/catalog/search?${new URLSearchParams({ q: title })}`);
  const hit = search.body.hits.find((h) => h.title === title && h.price !== null && ['in_stock', 'orderable'].includes(h.availability.status));
  if (!hit) throw new Error(`no orderable edition of ${title}`);
  return hit;
}

/** Signs a customer in in a context of their own, puts lines in the cart and checks out. */
async function placeOrder(email: string, lines: { title: string; quantity: number; values?: Record<string, unknown> }[], order: Record<string, string>) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  const customer = await context.newPage();
  try {
    await signInAs(customer, browser, server.url, email);
    for (const line of lines) {
      const hit = await findOrderable(customer, line.title);
      if (line.title === 'Sult') sultIsbn = hit.isbn;
      const added = await call(customer, 'POST', '/api/cart/lines', { productId: hit.id, quantity: line.quantity, ...line.values });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    const cart = await call<{ version: string; orderable: boolean }>(customer, 'GET', '/api/cart');
    expect(cart.body.orderable).toBe(true);
    const options = await call<{ deliveryAddresses: { id: string }[]; payOnInvoiceAllowed: boolean }>(customer, 'GET', '/api/checkout/options');
    const placed = await call<{ orderNumber: string; payment: string }>(customer, 'POST', '/api/checkout', {
      idempotencyKey: `e2e-backoffice-orders-${Date.now()}`,
      cartVersion: cart.body.version,
      deliveryAddressId: options.body.deliveryAddresses[0]!.id,
      payment: options.body.payOnInvoiceAllowed ? 'invoice' : 'prepayment',
      ...order,
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    return placed.body;
  } finally {
    await context.close();
  }
}

const orderRow = (number: string) => page.getByRole('row').filter({ has: page.getByRole('link', { name: number, exact: true }) });

describe('orders and fulfilment in the backoffice', () => {
  it('a librarian of Storvik bibliotek orders two titles, on invoice', async () => {
    const placed = await placeOrder(
      'mina.solheim@demo.hylle.no',
      [
        {
          title: 'Sult',
          quantity: 3,
          values: { lineReference: 'LR-SULT-1', department: 'VOKSEN', shelfLocation: 'KRIM', materialType: 'BOK', extraFields: [{ name: 'Signatur', value: 'HAM' }] },
        },
        { title: 'Markens grøde', quantity: 2, values: { lineReference: 'LR-MARKEN-2' } },
      ],
      { requisition: 'Voksen', orderReference: 'Innkjøp vår 2027', costCentre: '4410' },
    );
    expect(placed.payment).toBe('invoice');
    orderNumber = placed.orderNumber;
  });

  it('customer service finds it in Ordrer, by order number and by status', async () => {
    await signInAs(page, browser, server.url, 'kundeservice@demo.hylle.no');
    await page.goto(`${server.url}/backoffice`);
    await page.getByRole('navigation', { name: 'Backoffice' }).getByRole('link', { name: 'Ordrer' }).click();
    await page.getByRole('heading', { name: 'Ordrer', level: 1 }).waitFor();
    await expect.poll(() => orderRow(orderNumber).count()).toBe(1);

    await page.getByLabel('Søk', { exact: true }).fill(orderNumber);
    await page.getByLabel('Søk', { exact: true }).press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(orderNumber);
    await page.getByLabel('Status').selectOption({ label: 'Under behandling' });
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('processing');
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    const text = plain(await orderRow(orderNumber).textContent());
    for (const part of ['Storvik bibliotek', 'Mina Solheim', 'Voksen', '2 / 5', 'Under behandling', 'Nettbutikk']) expect(text).toContain(part);
    await expectNoSidewaysScroll('.orders-table');
    await checkPage(page, 'backoffice-orders-01-list');

    await page.getByLabel('Status').selectOption({ label: 'Fakturert' });
    await expect.poll(() => page.getByText('Ingen ordrer passer til søket.').count()).toBe(1);
    await checkPage(page, 'backoffice-orders-02-no-match');
    await page.getByLabel('Status').selectOption({ label: 'Alle statuser' });
    await orderRow(orderNumber).getByRole('link').click();
  });

  it('opens the order: account, references, cost centre, distribution, address', async () => {
    await page.getByRole('heading', { name: `Ordre ${orderNumber}`, level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Storvik bibliotek' }).getAttribute('href')).toMatch(/^\/backoffice\/accounts\/.+/);
    const summary = plain(await page.getByRole('region', { name: 'Kunde og levering' }).textContent());
    for (const part of ['Innkjøp vår 2027', '4410', 'Voksen', 'Faktura', 'Leveringsadresse', 'Torget 3', '8006 Storvik']) expect(summary).toContain(part);
    const sult = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^Sult/ }) }).first();
    const line = plain(await sult.textContent());
    for (const part of ['LR-SULT-1', 'Avdeling: VOKSEN', 'Hylleplassering: KRIM', 'Materialtype: BOK', 'Signatur: HAM', '0 av 3', 'Under behandling']) expect(line).toContain(part);
    // Not everything is sent: no invoice yet, and the page says why.
    expect(await page.getByRole('button', { name: 'Fakturer' }).isDisabled()).toBe(true);
    expect(plain(await page.locator('#invoice-why').textContent())).toContain('0 av 5 eks. er sendt');
    await expectNoSidewaysScroll('.order-lines');
    await expectNoSidewaysScroll('.delivery-lines');
    await checkPage(page, 'backoffice-orders-03-detail');
  });

  it('says beside the line when more copies are sent than are left', async () => {
    const form = page.getByRole('form', { name: 'Registrer leveranse' });
    await form.getByLabel('Transportør').selectOption({ label: 'PostNord' });
    await form.getByLabel('Fraktbrevnummer').fill('00370 7261 2345');
    await form.getByLabel('Antall å sende for Sult').fill('5');
    await form.getByRole('button', { name: 'Registrer leveranse' }).click();
    await expect.poll(() => form.getByText('Bare 3 eks. gjenstår av denne linjen.').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect(await activeId()).toMatch(/^delivery-qty-/);
    await checkPage(page, 'backoffice-orders-04-delivery-error');
  });

  it('registers a partial delivery with PostNord: 2 of Sult', async () => {
    const form = page.getByRole('form', { name: 'Registrer leveranse' });
    await form.getByLabel('Antall å sende for Sult').fill('2');
    await form.getByLabel('Antall å sende for Markens grøde').fill('0');
    await form.getByRole('button', { name: 'Registrer leveranse' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Leveranse 1 er registrert. Ordren er delvis levert.' }).count()).toBe(1);
    // Focus goes to the deliveries, where the new one is.
    await expect.poll(activeId).toBe('order-deliveries');
    await expect.poll(() => page.locator('.page-heading .badge').textContent()).toBe('Dellevert');
    const delivery = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Leveranse 1' }) });
    const text = plain(await delivery.textContent());
    for (const part of ['PostNord', '0037072612345', '2 eks. Sult']) expect(text).toContain(part);
    const slip = await delivery.getByRole('link', { name: 'Følgeseddel for leveranse 1 (PDF)' }).getAttribute('href');
    const pdf = await call<string>(page, 'GET', slip!);
    expect([pdf.status, pdf.type]).toEqual([200, 'application/pdf']);
    const tracking = delivery.getByRole('link', { name: /0037072612345/ });
    expect(await tracking.getAttribute('href')).toBe('https://tracking.postnord.com/no/?id=0037072612345');
    // The form now starts from what is left: 1 of Sult, 2 of Markens grøde.
    expect(await form.getByLabel('Antall å sende for Sult').inputValue()).toBe('1');
    expect(await form.getByLabel('Antall å sende for Markens grøde').inputValue()).toBe('2');
    expect(plain(await page.locator('#invoice-why').textContent())).toContain('2 av 5 eks. er sendt');
    await checkPage(page, 'backoffice-orders-05-partly-delivered');
  });

  it('registers the rest with Posten/Bring through “Send alt som gjenstår”', async () => {
    const form = page.getByRole('form', { name: 'Registrer leveranse' });
    await form.getByLabel('Antall å sende for Sult').fill('0');
    await form.getByRole('button', { name: 'Send alt som gjenstår' }).click();
    expect(await form.getByLabel('Antall å sende for Sult').inputValue()).toBe('1');
    await form.getByLabel('Transportør').selectOption({ label: 'Posten/Bring' });
    await form.getByLabel('Fraktbrevnummer').fill('CP123456789NO');
    await form.getByLabel('Fraktbrevnummer').press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Leveranse 2 er registrert. Alt er sendt, og ordren kan faktureres.' }).count()).toBe(1);
    await expect.poll(() => page.locator('.page-heading .badge').textContent()).toBe('Kjørt ut fra lager');
    expect(await page.getByRole('form', { name: 'Registrer leveranse' }).count()).toBe(0);
    expect(await page.getByText('Alt på ordren er sendt.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Fakturer' }).isDisabled()).toBe(false);
    await checkPage(page, 'backoffice-orders-06-shipped');
  });

  it('invoices it after a confirmation, and shows the invoice number', async () => {
    await page.getByRole('button', { name: 'Fakturer' }).click();
    const question = page.getByRole('group', { name: /Vil du fakturere ordre/ });
    await question.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await checkPage(page, 'backoffice-orders-07-confirm-invoice');
    // Escape is "no": back to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Fakturer');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ja, fakturer' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Faktura .+ er laget\.$/ }).count()).toBe(1);
    await expect.poll(activeId).toBe('order-invoice');
    await expect.poll(() => page.locator('.page-heading .badge').textContent()).toBe('Fakturert');
    const invoice = page.getByRole('region', { name: 'Faktura' });
    const number = (await page.getByRole('status').filter({ hasText: /^Faktura / }).textContent())!.replace(/^Faktura (.+) er laget\.$/, '$1');
    expect(plain(await invoice.textContent())).toContain(`Fakturanummer${number}`);
    const href = await invoice.getByRole('link', { name: `Faktura ${number} (PDF)` }).getAttribute('href');
    const pdf = await call<string>(page, 'GET', href!);
    expect([pdf.status, pdf.type]).toEqual([200, 'application/pdf']);
    await checkPage(page, 'backoffice-orders-08-invoiced');
  });

  it('exports the order lines for the ERP, with the line reference', async () => {
    await page.getByRole('link', { name: 'Tilbake til ordrene' }).click();
    await page.getByRole('navigation', { name: 'Ordrer, eksport og import' }).getByRole('link', { name: 'ERP-eksport' }).click();
    await page.getByRole('heading', { name: 'ERP-eksport', level: 1 }).waitFor();
    const link = page.getByRole('link', { name: /^Last ned ordrelinjer/ });
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/api\/backoffice\/orders\/export\.csv\?from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}$/);
    const csv = await call<string>(page, 'GET', href);
    expect(csv.status).toBe(200);
    expect(csv.body).toContain('Artikelreferentie2');
    expect(csv.body).toContain('LR-SULT-1');
    // A period that ends before it starts has no link, and says why.
    await page.getByLabel('Til og med').fill('2020-01-01');
    await expect.poll(() => page.getByText('Til-datoen kan ikke være før fra-datoen.').count()).toBe(1);
    expect(await link.count()).toBe(0);
    await checkPage(page, 'backoffice-orders-09-erp-export');
  });

  it('imports orders by phone from CSV: the good one is created, the bad row is reported with its line', async () => {
    const accounts = await call<{ items: { name: string; customerNumber: string }[] }>(page, 'GET', '/api/backoffice/accounts?q=Storvik');
    const customer = accounts.body.items.find((a) => a.name === 'Storvik bibliotek')!.customerNumber;
    await page.getByRole('link', { name: 'Importer ordrer' }).click();
    await page.getByRole('heading', { name: 'Importer ordrer', level: 1 }).waitFor();
    // Nothing chosen: said by the box, and focus goes there.
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect.poll(() => page.getByText('Velg en fil eller lim inn radene du vil importere.').count()).toBe(1);
    await expect.poll(activeId).toBe('order-import-text');

    const good = `${customer};phone;TLF-E2E-1;Barn;${sultIsbn};1;LR-TLF-1`;
    const header = 'customer_number;channel;external_reference;requisition;isbn;quantity;line_reference';
    await page.getByLabel('Innhold (CSV)').fill([header, good, `${customer};phone;TLF-E2E-2;Barn;978-82-05-00000-0;1;LR-TLF-2`].join('\n'));
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    const report = page.getByRole('region', { name: 'Resultat av importen' });
    await report.waitFor();
    // Focus goes to the result; its summary is read with the heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('order-import-report-title');
    expect(plain(await report.textContent())).toContain('Ordrer opprettet: 0. Linjer opprettet: 0. Problemer funnet: 2.');
    const problem = report.getByRole('row').filter({ has: page.getByRole('cell', { name: '3', exact: true }) });
    expect(plain(await problem.first().textContent())).toContain('isbn: ISBN 9788205000000 has a wrong check digit');
    await checkPage(page, 'backoffice-orders-10-import-problems');

    // The bad row taken out, the file goes in.
    await page.getByLabel('Innhold (CSV)').fill([header, good].join('\n'));
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await expect.poll(async () => plain(await report.textContent())).toContain('Ordrer opprettet: 1. Linjer opprettet: 1. Ingen problemer ble funnet.');
    await checkPage(page, 'backoffice-orders-11-imported');
    await report.getByRole('link', { name: 'Se ordrene' }).click();
    await page.getByLabel('Kanal').selectOption({ label: 'Telefon' });
    await expect.poll(() => new URL(page.url()).searchParams.get('channel')).toBe('phone');
    // The list shown meanwhile is the previous one: wait for the phone order alone.
    const rowTexts = async () => (await page.getByRole('row').allTextContents()).slice(1).map(plain);
    await expect.poll(rowTexts).toEqual([expect.stringContaining('Telefon')]);
  });

  it('a prepaid order is shipped once staff register its payment', async () => {
    const placed = await placeOrder('ola.fjordlys@demo.hylle.no', [{ title: 'Victoria', quantity: 1 }], { requisition: 'Butikken' });
    expect(placed.payment).toBe('prepayment');
    await page.goto(`${server.url}/backoffice/ordrer?${new URLSearchParams({ q: placed.orderNumber })}`);
    await orderRow(placed.orderNumber).getByRole('link').click();
    await page.getByRole('heading', { name: `Ordre ${placed.orderNumber}`, level: 1 }).waitFor();
    expect(await page.getByText('Ordren venter på forskuddsbetaling. Registrer betalingen før du sender noe.').count()).toBe(1);
    expect(await page.getByRole('form', { name: 'Registrer leveranse' }).count()).toBe(0);
    await checkPage(page, 'backoffice-orders-12-awaiting-payment');
    await page.getByRole('button', { name: 'Registrer betaling' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Betalingen er registrert. Ordren kan nå sendes.' }).count()).toBe(1);
    await expect.poll(() => page.locator('.page-heading .badge').textContent()).toBe('Under behandling');
    expect(plain(await page.getByRole('region', { name: 'Kunde og levering' }).textContent())).toContain('Forskuddsbetaling, betalt');
    expect(await page.getByRole('form', { name: 'Registrer leveranse' }).count()).toBe(1);
    await checkPage(page, 'backoffice-orders-13-paid');
  });

  it('works on a phone: the tables become one card per row', async () => {
    // Same staff session (a second sign-in would race the first code in the mailbox), narrow window.
    const phone = await page.context().newPage();
    await phone.setViewportSize({ width: 360, height: 800 });
    try {
      await phone.goto(`${server.url}/backoffice/ordrer`);
      await phone.getByRole('link', { name: orderNumber, exact: true }).waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPage(phone, 'backoffice-orders-14-phone-list');
      await phone.getByRole('link', { name: orderNumber, exact: true }).click();
      await phone.getByRole('heading', { name: `Ordre ${orderNumber}`, level: 1 }).waitFor();
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPage(phone, 'backoffice-orders-15-phone-detail');
    } finally {
      await phone.close();
    }
  });
});
