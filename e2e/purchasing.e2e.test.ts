import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, startJourney, type Journey } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import type { RunningServer } from './support/server.ts';

/**
 * The purchasing loop (CHK-1…4, ORD-1, ORD-2, INT-1) as a librarian of Storvik bibliotek
 * does it: she searches, puts a title in the cart from the results, opens it and adds two
 * lines of it for two departments on two budget codes (seeing what each code has left), edits
 * and removes lines in the cart, checks out with the requisition "Voksenavdeling" to the
 * second delivery address, reads the confirmation, and finds the order on My page; customer
 * service ships part of it ("Dellevert", with a tracking link and a packing slip), then the
 * rest, and invoices it, and she downloads the invoice copy.
 * Customer service first gives the account the budget codes VOKSEN and BARN.
 */
let journey: Journey;
let server: RunningServer;
let browser: Browser;
let page: Page;
let orderNumber = '';
let staff: Page;

beforeAll(async () => {
  journey = await startJourney();
  ({ server, browser, page } = journey);
  // A step that waits longer than this has failed; the next one needn't wait as long to say so.
  page.setDefaultTimeout(15_000);
});
afterAll(() => journey?.stop());

/** Intl writes "1 234,00" with no-break spaces; compare text with plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
const textOf = async (locator: Locator) => plain(await locator.textContent());
const activeText = () => page.evaluate(() => document.activeElement?.textContent ?? '');

/** At 1280 px the tables fit their column: nothing to scroll sideways (scrolled width ≤ box width). */
async function expectNoSidewaysScroll(selector: string) {
  for (const table of await page.locator(selector).all()) {
    const { scroll, client } = await table.evaluate((element) => {
      const box = element.closest('.table-scroll');
      return { scroll: box?.scrollWidth ?? Infinity, client: box?.clientWidth ?? 0 };
    });
    expect(scroll, selector).toBeLessThanOrEqual(client);
  }
}

/** Chooses the option whose text matches (money in option texts has no-break spaces). */
async function chooseOption(select: Locator, text: RegExp): Promise<void> {
  const options = await select.locator('option').evaluateAll((elements) => elements.map((option) => ({ value: (option as HTMLOptionElement).value, text: option.textContent ?? '' })));
  const option = options.find((candidate) => text.test(candidate.text.replace(/\s+/g, ' ')));
  if (!option) throw new Error(`no option ${text} in ${options.map((o) => o.text).join(' | ')}`);
  await select.selectOption(option.value);
}

type Answer<T> = { status: number; body: T };

/** A request from inside a signed-in page: its cookies, and the session's CSRF token for changes. */
async function call<T>(target: Page, method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<Answer<T>> {
  return target.evaluate(
    async ({ method, path, body }) => {
      const session = (await fetch('/api/session').then((r) => r.json())) as { csrfToken: string };
      const response = await fetch(path, {
        method,
        headers: { accept: 'application/json', 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as T };
    },
    { method, path, body },
  );
}

/** A document link's answer as the browser gets it: status and content type. */
async function documentType(target: Page, href: string): Promise<string> {
  return target.evaluate(async (url) => {
    const response = await fetch(url);
    return `${response.status} ${response.headers.get('content-type')}`;
  }, href);
}

const TITLE = 'Markens grøde';

describe('a librarian orders for two departments', () => {
  it('customer service gives Storvik bibliotek the budget codes VOKSEN and BARN', async () => {
    await signInAs(page, browser, server.url, 'mina.solheim@demo.hylle.no');
    const session = await call<{ currentAccountId: string }>(page, 'GET', '/api/session');
    const accountId = session.body.currentAccountId;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const staff = await context.newPage();
    await signInAs(staff, browser, server.url, 'kundeservice@demo.hylle.no');
    for (const [code, description, totalMinor] of [
      ['VOKSEN', 'Voksenavdelingen', 5_000_000],
      ['BARN', 'Barne- og ungdomsavdelingen', 2_000_000],
    ] as const) {
      const added = await call(staff, 'POST', `/api/backoffice/accounts/${accountId}/budget-codes`, {
        code,
        description,
        totalMinor,
        fixedPriceDiscountBp: 0,
        standardDiscountBp: 0,
        fixedPricePeriodMonths: null,
      });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    await context.close();
  });

  it('searches, and puts the title in the cart from the results', async () => {
    await page.getByRole('combobox', { name: 'Søk i katalogen' }).fill(TITLE);
    await page.getByRole('button', { name: 'Søk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Søk etter «${TITLE}»` }).waitFor();
    // The printed book, not the e-book.
    const hit = page
      .locator('.hit')
      .filter({ has: page.getByRole('link', { name: TITLE, exact: true }) })
      .filter({ has: page.locator('.hit__meta', { hasText: /^Bok ·/ }) })
      .first();
    await hit.waitFor();
    await hit.getByRole('button', { name: `Legg i handlekurv – ${TITLE}` }).click();
    await expect.poll(() => textOf(hit.getByRole('status'))).toContain('Lagt i handlekurven.');
    // The header counts the cart's lines, in words for screen readers.
    await expect.poll(() => page.getByRole('link', { name: 'Handlekurv, 1 linje' }).count()).toBe(1);
    await checkPage(page, 'purchasing-01-search');
    await hit.getByRole('link', { name: TITLE, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  });

  it('adds a line for the adults’ department on VOKSEN, seeing what the code has left', async () => {
    const form = page.getByRole('form', { name: 'Bestill' });
    await form.waitFor();
    await form.getByLabel('Antall').fill('3');
    await form.getByLabel('Linjereferanse').fill('Lesesirkel');
    await chooseOption(form.getByLabel('Budsjettkode'), /^VOKSEN – 50 000,00 kr igjen$/);
    await form.getByLabel('Avdeling', { exact: true }).selectOption('VOKSEN');
    await expect.poll(() => textOf(form.locator('.budget-preview'))).toMatch(/Etter handlekurven og denne linjen har VOKSEN [\d ]+,\d\d kr igjen\./);
    await checkPage(page, 'purchasing-02-product');
    await form.getByRole('button', { name: 'Legg i handlekurv' }).click();
    await expect.poll(() => textOf(form.getByRole('status'))).toMatch(/3 eks\. er lagt i handlekurven\. VOKSEN har [\d ]+,\d\d kr igjen etter handlekurven\./);
    await expect.poll(() => page.getByRole('link', { name: 'Handlekurv, 2 linjer' }).count()).toBe(1);
  });

  it('adds another line of the same title for the children’s department on BARN', async () => {
    const form = page.getByRole('form', { name: 'Bestill' });
    await form.getByLabel('Antall').fill('2');
    await form.getByLabel('Linjereferanse').fill('');
    await chooseOption(form.getByLabel('Budsjettkode'), /^BARN – 20 000,00 kr igjen$/);
    await form.getByLabel('Avdeling', { exact: true }).selectOption('BARN');
    await form.getByRole('button', { name: 'Legg til en linje til' }).click();
    await expect.poll(() => textOf(form.getByRole('status'))).toMatch(/2 eks\. er lagt i handlekurven\. BARN har [\d ]+,\d\d kr igjen etter handlekurven\./);
    await expect.poll(() => page.getByRole('link', { name: 'Handlekurv, 3 linjer' }).count()).toBe(1);
    await checkPage(page, 'purchasing-03-product-added');
  });

  it('reads the cart: three lines, and what each budget code has left after it', async () => {
    await page.getByRole('link', { name: 'Handlekurv, 3 linjer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Handlekurv' }).waitFor();
    const table = page.getByRole('table', { name: 'Handlekurv', exact: true });
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(3);
    // The title is on three lines: each field is named with its line.
    expect(await page.getByLabel(`Antall for ${TITLE}, linje 2`).inputValue()).toBe('3');
    expect(await page.getByLabel(`Avdeling for ${TITLE}, linje 3`).inputValue()).toBe('BARN');

    const budgets = page.getByRole('table', { name: 'Budsjettkodene etter handlekurven' });
    const voksen = budgets.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'VOKSEN' }) });
    const barn = budgets.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'BARN' }) });
    expect(await textOf(voksen)).toContain('50 000,00');
    expect(await textOf(barn)).toContain('20 000,00');
    expect(await textOf(voksen)).not.toContain('overskrides');
    await expectNoSidewaysScroll('.cart-table');
    await expectNoSidewaysScroll('.budget-summary__table');
    await checkPage(page, 'purchasing-04-cart');
  });

  it('changes a line in place and removes the one from the results', async () => {
    const reference = page.getByLabel(`Linjereferanse for ${TITLE}, linje 3`);
    await reference.fill('Bokprat for 5. trinn');
    await reference.press('Tab');
    const row = page.getByRole('row').filter({ has: page.getByLabel(`Linjereferanse for ${TITLE}, linje 3`) });
    await expect.poll(() => textOf(row.getByRole('status'))).toBe('Lagret');

    // A quantity that is no number is said beside the field, and nothing is sent.
    const quantity = page.getByLabel(`Antall for ${TITLE}, linje 2`);
    await quantity.fill('tre');
    await quantity.press('Tab');
    await expect.poll(() => page.getByText('Skriv et helt antall fra 1 til 9999.').count()).toBe(1);
    await quantity.fill('3');
    await quantity.press('Tab');
    await expect.poll(() => page.getByText('Skriv et helt antall fra 1 til 9999.').count()).toBe(0);

    await page.getByRole('button', { name: `Fjern ${TITLE}, linje 1` }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `«${TITLE}» er fjernet fra handlekurven.` }).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: 'Handlekurv', exact: true }).getByRole('rowheader').count()).toBe(2);
    // The button went with its line; focus waits on the lines' heading.
    expect(await activeText()).toBe('Linjer');
    expect(await page.getByLabel(`Linjereferanse for ${TITLE}, linje 2`).inputValue()).toBe('Bokprat for 5. trinn');
    await expect.poll(() => page.getByRole('link', { name: 'Handlekurv, 2 linjer' }).count()).toBe(1);
    await checkPage(page, 'purchasing-05-cart-edited');
  });

  it('checks out to the second delivery address with the requisition "Voksenavdeling"', async () => {
    await page.getByRole('link', { name: 'Til kassen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kasse' }).waitFor();
    const addresses = page.getByRole('group', { name: 'Leveringsadresse' });
    await expect.poll(() => addresses.getByRole('radio').count()).toBe(3);
    // With several addresses none is chosen for the buyer: sending without one says so.
    await page.getByRole('button', { name: 'Send bestilling' }).click();
    await expect.poll(() => page.getByText('Velg hvor bestillingen skal leveres.').count()).toBe(1);
    // The second of the list (by label): the store room.
    await addresses.getByRole('radio').nth(1).check();
    expect(await addresses.getByRole('radio', { name: 'Fjernlager' }).isChecked()).toBe(true);
    await page.getByLabel(/^Rekvisisjon/).fill('Voksenavdeling');
    await page.getByLabel(/^Koststed/).fill('4410');
    expect(await page.getByRole('radio', { name: 'Faktura' }).isChecked()).toBe(true);

    const review = page.getByRole('table', { name: 'Linjene i bestillingen' });
    await expect.poll(() => review.getByRole('row').count()).toBe(3);
    expect(await textOf(review)).toContain('VOKSEN');
    expect(await textOf(review)).toContain('BARN');
    const budgets = page.getByRole('table', { name: 'Budsjett etter bestillingen' });
    expect((await budgets.getByRole('rowheader').allTextContents()).sort()).toEqual(['BARN', 'VOKSEN']);
    await expectNoSidewaysScroll('.review-table');
    await expectNoSidewaysScroll('.budget-summary__table');
    await checkPage(page, 'purchasing-06-checkout');

    // Meanwhile the cart changes (another tab, say: one more copy for the children): the order is refused,
    // and the page shows the cart as it is now, to be reviewed again.
    type Line = { id: string; quantity: number; lineReference: string; budgetCodeId: string | null; department: string | null; shelfLocation: string | null; materialType: string | null; extraFields: unknown[] };
    const cart = await call<{ lines: Line[] }>(page, 'GET', '/api/cart');
    const barnLine = cart.body.lines.find((line) => line.department === 'BARN')!;
    const { id, lineReference, budgetCodeId, department, shelfLocation, materialType, extraFields } = barnLine;
    const changed = await call(page, 'PUT', `/api/cart/lines/${id}`, { quantity: 3, lineReference, budgetCodeId, department, shelfLocation, materialType, extraFields });
    expect(changed.status).toBe(200);
    await page.getByRole('button', { name: 'Send bestilling' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Handlekurven er endret siden du så over den.' }).count()).toBe(1);
    await expect.poll(() => textOf(review.getByRole('row').filter({ hasText: 'BARN' }).locator('td').first())).toBe('3');
    expect(await activeText()).toBe('Se over bestillingen');
    // What was typed is still there.
    expect(await page.getByLabel(/^Rekvisisjon/).inputValue()).toBe('Voksenavdeling');
    await checkPage(page, 'purchasing-07-cart-changed');

    await page.getByRole('button', { name: 'Send bestilling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Takk for bestillingen!' }).waitFor({ timeout: 15_000 });
  });

  it('reads the confirmation: number, lines, address and requisition', async () => {
    const number = (await textOf(page.locator('.confirmation__number'))).replace('Ordrenummer ', '').trim();
    expect(number).toMatch(/^\S+$/);
    orderNumber = number;
    const facts = await textOf(page.locator('.confirmation .facts'));
    expect(facts).toContain('Storvik bibliotek, magasin');
    expect(facts).toContain('Industriveien 12');
    expect(facts).toContain('Voksenavdeling');
    expect(facts).toContain('Faktura');
    await expect.poll(() => page.getByRole('table', { name: 'Dette har du bestilt' }).getByRole('rowheader').count()).toBe(2);
    // The cart is empty now.
    await expect.poll(() => page.getByRole('link', { name: 'Handlekurv', exact: true }).count()).toBe(1);
    await checkPage(page, 'purchasing-08-confirmation');
  });

  it('finds the order on My page → Bestillinger, and "only mine" keeps it', async () => {
    await page.getByRole('link', { name: 'Min side', exact: true }).click();
    await page.getByRole('navigation', { name: 'Min side' }).getByRole('link', { name: 'Bestillinger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bestillinger' }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: orderNumber }) });
    await expect.poll(() => row.count()).toBe(1);
    const text = await textOf(row);
    expect(text).toContain('Mina Solheim');
    expect(text).toContain('Voksenavdeling');
    expect(text).toContain('2 / 6');
    expect(text).toContain('Nettbutikk');
    await page.getByRole('button', { name: 'Bare mine bestillinger' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('mine')).toBe('true');
    await expect.poll(() => page.getByRole('button', { name: 'Bare mine bestillinger', pressed: true }).count()).toBe(1);
    await expect.poll(() => row.count()).toBe(1);
    await expectNoSidewaysScroll('.orders-table');
    await checkPage(page, 'purchasing-09-orders');
  });

  it('opens the order: lines with their departments and budget codes, and the way to cancel it', async () => {
    await page.getByRole('link', { name: orderNumber, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Bestilling ${orderNumber}` }).waitFor();
    const lines = page.getByRole('table', { name: `Linjene i bestilling ${orderNumber}` });
    await expect.poll(() => lines.getByRole('rowheader').count()).toBe(2);
    const text = await textOf(lines);
    expect(text).toContain('0 av 3');
    expect(text).toContain('Bokprat for 5. trinn');
    expect(text).toMatch(/Budsjettkode:?\s*VOKSEN/);
    expect(text).toMatch(/Avdeling:?\s*BARN/);
    expect(await textOf(page.locator('.order-detail__facts'))).toContain('4410');
    expect(await page.getByText('Bestillingen er ikke fakturert ennå.').count()).toBe(1);

    // Cancelling asks first; "Nei, behold den" goes back to the button.
    await page.getByRole('button', { name: 'Kanseller bestillingen' }).click();
    await expect.poll(() => activeText()).toBe('Nei, behold den');
    expect(await page.getByText(`Kansellere bestilling ${orderNumber}?`, { exact: false }).count()).toBe(1);
    await expectNoSidewaysScroll('.order-lines');
    await checkPage(page, 'purchasing-10-order');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText()).toBe('Kanseller bestillingen');
  });

  it('customer service ships part of it: the librarian sees "Dellevert" with a tracking link and the packing slip', async () => {
    const orderId = new URL(page.url()).pathname.split('/').at(-1)!;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    staff = await context.newPage();
    await signInAs(staff, browser, server.url, 'kundeservice@demo.hylle.no');
    const order = await call<{ lines: { id: string; quantity: number; department: string | null }[] }>(staff, 'GET', `/api/backoffice/orders/${orderId}`);
    const voksen = order.body.lines.find((line) => line.department === 'VOKSEN')!;
    const shipped = await call(staff, 'POST', `/api/backoffice/orders/${orderId}/deliveries`, { carrier: 'posten_bring', waybill: '70701234567890', lines: [{ orderLineId: voksen.id, quantity: voksen.quantity }] });
    expect(shipped.status, JSON.stringify(shipped.body)).toBe(201);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Bestilling ${orderNumber}` }).waitFor();
    await expect.poll(() => textOf(page.locator('.page-heading .badge'))).toBe('Dellevert');
    const delivery = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Levering 1' }) });
    const tracking = delivery.getByRole('link', { name: /70701234567890/ });
    expect(await tracking.getAttribute('href')).toBe('https://sporing.posten.no/sporing/70701234567890');
    expect(await textOf(delivery)).toContain('Posten');
    // The buyer cannot cancel an order that is on its way.
    expect(await page.getByRole('button', { name: 'Kanseller bestillingen' }).count()).toBe(0);
    const slip = await delivery.getByRole('link', { name: /Følgeseddel/ }).getAttribute('href');
    expect(await documentType(page, slip!)).toBe('200 application/pdf');
    await checkPage(page, 'purchasing-11-partly-delivered');
  });

  it('customer service ships the rest and invoices: the librarian downloads the invoice copy', async () => {
    const orderId = new URL(page.url()).pathname.split('/').at(-1)!;
    const order = await call<{ lines: { id: string; quantity: number; deliveredQuantity: number }[] }>(staff, 'GET', `/api/backoffice/orders/${orderId}`);
    const rest = order.body.lines.filter((line) => line.deliveredQuantity < line.quantity).map((line) => ({ orderLineId: line.id, quantity: line.quantity - line.deliveredQuantity }));
    expect((await call(staff, 'POST', `/api/backoffice/orders/${orderId}/deliveries`, { carrier: 'postnord', waybill: '00370726100000001', lines: rest })).status).toBe(201);
    expect((await call(staff, 'POST', `/api/backoffice/orders/${orderId}/invoice`)).status).toBe(201);
    await staff.context().close();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Bestilling ${orderNumber}` }).waitFor();
    await expect.poll(() => textOf(page.locator('.page-heading .badge'))).toBe('Fakturert');
    const invoice = await page.getByRole('link', { name: /Last ned fakturakopi/ }).getAttribute('href');
    expect(await documentType(page, invoice!)).toBe('200 application/pdf');
    const second = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Levering 2' }) });
    expect(await second.getByRole('link', { name: /00370726100000001/ }).getAttribute('href')).toBe('https://tracking.postnord.com/no/?id=00370726100000001');
    await checkPage(page, 'purchasing-12-invoiced');
  });

  it('sees on the title that the account has ordered it before', async () => {
    await page.goto(`${server.url}/search?q=${encodeURIComponent(TITLE)}`);
    const badge = page.locator('.hit .ordered-before').first();
    await expect.poll(() => textOf(badge), { timeout: 15_000 }).toMatch(/^Bestilt før: 6 eks\. i 1 ordre, sist /);
    await checkPage(page, 'purchasing-13-ordered-before');
  });

  it('pastes a list of ISBNs into the empty cart, and reads what could not be added', async () => {
    const search = await call<{ hits: { isbn: string; title: string; form: string }[] }>(page, 'GET', `/api/catalog/search?q=${encodeURIComponent(TITLE)}`);
    const isbn = search.body.hits.find((hit) => hit.title === TITLE && hit.form === 'book')!.isbn;
    await page.getByRole('link', { name: 'Handlekurv', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Handlekurv' }).waitFor();
    expect(await page.getByText('Handlekurven er tom.').count()).toBe(1);
    const form = page.getByRole('form', { name: 'Hurtigregistrering' });
    await form.getByLabel('ISBN-er, ett per linje').fill(`ISBN;Antall\n${isbn};2\n978-82-000-0000\n${isbn};mange`);
    await form.getByLabel('Avdeling', { exact: true }).selectOption('VOKSEN');
    await form.getByRole('button', { name: 'Legg listen i handlekurven' }).click();
    await expect.poll(() => textOf(form.getByRole('status'))).toBe('1 linje er lagt i handlekurven.');
    const report = form.getByRole('table', { name: 'Linjene i listen som ikke ble lagt til, og hvorfor' });
    await expect.poll(() => report.getByRole('row').count()).toBe(3);
    expect(await textOf(report)).toContain('Ikke et gyldig ISBN');
    expect(await textOf(report)).toContain('Antallet må være et helt tall fra 1 til 9999');
    // What was not added stays in the box, to be fixed.
    expect(await form.getByLabel('ISBN-er, ett per linje').inputValue()).toBe(`978-82-000-0000\n${isbn};mange`);
    expect(await page.getByLabel('Antall for Markens grøde').inputValue()).toBe('2');
    expect(await page.getByLabel('Avdeling for Markens grøde').inputValue()).toBe('VOKSEN');
    await checkPage(page, 'purchasing-14-quick-add');
  });
});
