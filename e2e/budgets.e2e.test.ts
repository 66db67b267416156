import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, startJourney, type Journey } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import type { RunningServer } from './support/server.ts';

/**
 * Budget codes (CHK-4): customer service adds a code to a library's account, corrects what
 * remains of it with a reason and reads the ledger; a librarian of that library sees the
 * code on My page, read-only.
 */
let journey: Journey;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  journey = await startJourney();
  ({ server, browser, page } = journey);
});
afterAll(() => journey?.stop());

/** Intl writes "50 000,00" with no-break spaces; compare text with plain ones. */
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');
const activeId = () => page.evaluate(() => document.activeElement?.id ?? '');
/** At 1280 px the tables fit their column: nothing to scroll sideways (scrolled width ≤ box width). */
async function expectNoSidewaysScroll(target: Page, selector: string) {
  const { scroll, client, columns } = await target.locator(selector).evaluate((table) => {
    const box = table.closest('.table-scroll');
    const columns = Array.from(table.querySelectorAll('thead th'), (th) => Math.round(th.getBoundingClientRect().width)).join(',');
    return { scroll: box?.scrollWidth ?? Infinity, client: box?.clientWidth ?? 0, columns };
  });
  expect(scroll, `${selector} columns ${columns}`).toBeLessThanOrEqual(client);
}

describe('budget codes', () => {
  it('staff see a branch without budget codes, and the main library with its own', async () => {
    await signInAs(page, browser, server.url, 'kundeservice@demo.hylle.no');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/backoffice');
    await page.getByRole('rowheader', { name: 'Storvik bibliotek, Nordhavn filial', exact: true }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Storvik bibliotek, Nordhavn filial', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Budsjettkoder' }).click();
    await expect.poll(() => page.getByText('Ingen budsjettkoder ennå – legg til den første, for eksempel VOKSEN eller BARN.').count()).toBe(1);

    await page.goto(`${server.url}/backoffice`);
    await page.getByRole('rowheader', { name: 'Storvik bibliotek', exact: true }).getByRole('link').click();
    await page.getByRole('heading', { name: 'Storvik bibliotek', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Budsjettkoder' }).click();
    await expect.poll(() => page.getByRole('rowheader', { name: 'SKJØNN' }).count()).toBe(1);
  });

  it('adds VOKSEN with 50 000,00 kr, after a mistyped amount', async () => {
    await page.getByRole('button', { name: 'Legg til budsjettkode' }).click();
    // The form opens on its first field.
    await expect.poll(activeId).toBe('budget-new-code');
    const form = page.getByRole('form', { name: 'Ny budsjettkode' });
    await page.keyboard.type('voksen');
    expect(await form.getByLabel('Budsjettkode').inputValue()).toBe('VOKSEN');
    await form.getByLabel('Beskrivelse').fill('Skjønnlitteratur og fakta for voksne');
    await form.getByLabel('Totalbudsjett (NOK)').fill('50 000,005');
    await form.getByLabel('Fastprisrabatt').fill('20');
    await form.getByLabel('Standardrabatt').fill('32,5');
    await form.getByRole('button', { name: 'Lagre' }).click();
    // Three decimals is no amount: said by the field, and focus goes there.
    await expect.poll(() => page.getByText('Skriv et beløp, for eksempel 50 000,00.').count()).toBe(1);
    await expect.poll(activeId).toBe('budget-new-total');
    await checkPage(page, 'budgets-01-form-error');

    await form.getByLabel('Totalbudsjett (NOK)').fill('50 000,00');
    await form.getByLabel('Totalbudsjett (NOK)').press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Budsjettkoden VOKSEN er lagt til.' }).count()).toBe(1);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'VOKSEN' }) });
    await expect.poll(async () => plain(await row.textContent())).toContain('50 000,00');
    await expect.poll(async () => plain(await row.textContent())).toContain('32,5 %');
    await expect.poll(async () => plain(await row.textContent())).toContain('i butikkens periode');
    await checkPage(page, 'budgets-02-added');
  });

  it('corrects the remaining figure, with a reason', async () => {
    await page.getByRole('button', { name: 'Korriger gjenstående for VOKSEN' }).click();
    await expect.poll(activeId).toMatch(/^budget-correct-.+-amount$/);
    const form = page.getByRole('form', { name: 'Korriger gjenstående budsjett for VOKSEN' });
    await expect.poll(async () => plain(await form.textContent())).toContain('Gjenstår nå: 50 000,00');
    await form.getByLabel('Nytt gjenstående beløp (NOK)').fill('48 750,50');
    await form.getByRole('button', { name: 'Lagre korreksjonen' }).click();
    // No reason, no correction.
    await expect.poll(() => page.getByText('Skriv hvorfor, med minst 3 tegn.').count()).toBe(1);
    await expect.poll(activeId).toMatch(/-reason$/);
    await page.keyboard.type('Bestillingen fra 3. mars ble sendt uten budsjettkode.');
    await checkPage(page, 'budgets-03-correction-form');
    await form.getByRole('button', { name: 'Lagre korreksjonen' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Gjenstående budsjett for VOKSEN er satt til' }).count()).toBe(1);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'VOKSEN' }) });
    await expect.poll(async () => plain(await row.textContent())).toContain('48 750,50');
    await expect.poll(async () => plain(await row.textContent())).toContain('1 249,50');
  });

  it('reads the correction in the ledger: what, how much, who and why', async () => {
    await page.getByRole('button', { name: 'Historikk for VOKSEN' }).click();
    const entry = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Korreksjon' }) });
    await expect.poll(() => entry.count()).toBe(1);
    const text = plain(await entry.textContent());
    expect(text).toContain('1 249,50');
    expect(text).toContain('48 750,50');
    expect(text).toContain('Kari Kundeservice');
    expect(text).toContain('Bestillingen fra 3. mars ble sendt uten budsjettkode.');
    await expectNoSidewaysScroll(page, '.budget-table');
    await expectNoSidewaysScroll(page, '.budget-ledger');
    await checkPage(page, 'budgets-04-ledger');
    // Escape closes the ledger and returns to the button that opened it.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('heading', { name: 'Historikk for VOKSEN' }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Historikk for VOKSEN');
  });

  it('a librarian of the library sees the code on My page, read-only', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const librarian = await context.newPage();
    await signInAs(librarian, browser, server.url, 'mina.solheim@demo.hylle.no');
    await librarian.goto(`${server.url}/min-side`);
    await librarian.getByRole('link', { name: 'Budsjett', exact: true }).click();
    await librarian.getByRole('heading', { name: 'Budsjett', level: 1 }).waitFor();
    const row = librarian.getByRole('row').filter({ has: librarian.getByRole('rowheader', { name: 'VOKSEN' }) });
    await expect.poll(() => row.count()).toBe(1);
    const text = plain(await row.textContent());
    expect(text).toContain('50 000,00');
    expect(text).toContain('1 249,50');
    expect(text).toContain('48 750,50');
    expect(text).toContain('20 %');
    expect(await librarian.getByRole('button', { name: /Endre|Korriger|Historikk/ }).count()).toBe(0);
    await expectNoSidewaysScroll(librarian, '.budget-table');
    await checkPage(librarian, 'budgets-05-my-page');
    await context.close();
  });
});
