import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, startJourney, type Journey } from './support/browser.ts';
import { onixMessage } from './support/onix.ts';
import { signInAs } from './support/sign-in.ts';
import type { RunningServer } from './support/server.ts';

/**
 * The catalogue (issue 3), in two journeys on one server with the demo catalogue:
 * a librarian of Storvik bibliotek (25 % fixed-price discount, capped by the law at 20 %,
 * and 30 % standard discount) finds Knut Hamsun despite a typo, narrows the results and
 * reads her account's prices; customer service uploads an ONIX file, watches it import and
 * changes an account's discounts.
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

/** "kr 1 234,50" or "1 234,50 kr" → 123450 (øre). */
function minorUnits(text: string): number {
  const digits = text.replace(/[^\d,]/g, '').replace(',', '.');
  return Math.round(Number(digits) * 100);
}

/** An element's text with every run of white space (also the no-break spaces Intl puts in "20 %") as one space. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ');
}

/** The number in "1 234 titler". */
async function resultCount(): Promise<number> {
  const text = (await page.locator('.search-toolbar__count').textContent()) ?? '';
  return Number((/^([\d\s\u00a0\u202f]+)\s*titl/.exec(text)?.[1] ?? 'NaN').replace(/\D/g, ''));
}

describe('a librarian searches the catalogue', () => {
  it('sees list prices as a visitor, with a way to her own', async () => {
    await page.goto(`${server.url}/search?q=hamsun`);
    await expect.poll(() => page.locator('.hit').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.getByText('Listepris').count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Logg inn for å se din pris' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Din pris', { exact: true }).count()).toBe(0);
  });

  it('gets suggestions while typing in the header, by keyboard', async () => {
    await signInAs(page, browser, server.url, 'ingrid.hovland@demo.hylle.no');
    const box = page.getByRole('combobox', { name: 'Søk i katalogen' });
    await box.click();
    await box.pressSequentially('Hams', { delay: 40 });
    const list = page.getByRole('listbox', { name: 'Forslag' });
    await list.waitFor();
    await expect.poll(() => list.getByRole('option', { name: /Knut Hamsun/ }).count()).toBeGreaterThan(0);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    // The arrow keys move through the list while focus stays in the box.
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await checkPage(page, 'catalogue-01-suggestions');

    // Escape closes the list; Enter then searches for the text as typed.
    await box.pressSequentially('n');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('Hamsn');
    await box.press('Enter');
    await page.waitForURL(/\/search\?q=Hamsn/);
  });

  it('finds Knut Hamsun despite the typo, and says so', async () => {
    await page.getByRole('heading', { name: 'Søk etter «Hamsn»', level: 1 }).waitFor();
    await expect.poll(() => textOf(page.locator('.search-page__correction')), { timeout: 15_000 }).toBe('Viser treff for «hamsun» Du skrev «Hamsn».');
    await expect.poll(() => page.locator('.hit').count()).toBeGreaterThan(1);
    expect(await page.locator('.hit__contributors').first().textContent()).toContain('Knut Hamsun');
    // The count is announced: a polite live region says it, not only the page.
    await expect.poll(() => page.getByRole('status').filter({ hasText: /\d+ titler/ }).count()).toBe(1);
    expect(await page.getByText('Din pris', { exact: true }).count()).toBeGreaterThan(0);
    await checkPage(page, 'catalogue-02-results');
  });

  it('narrows the results to books, and steps back and forth through the URL', async () => {
    const before = await resultCount();
    const formats = page.getByRole('group', { name: 'Format' });
    const ebooks = Number(((await formats.getByText(/^E-bok/).locator('..').textContent()) ?? '').replace(/\D/g, ''));
    expect(ebooks).toBeGreaterThan(0);
    // A click, not check(): the box shows the URL's state, which follows the click a moment later.
    await formats.getByRole('checkbox', { name: /^Bok/ }).click();
    await page.waitForURL(/form=book/);
    await expect.poll(() => formats.getByRole('checkbox', { name: /^Bok/ }).isChecked()).toBe(true);
    await expect.poll(resultCount).toBe(before - ebooks);
    expect(await page.getByRole('button', { name: 'Fjern filteret Bok' }).count()).toBe(1);
    expect(await page.locator('.hit__meta').filter({ hasText: /^E-bok/ }).count()).toBe(0);
    await checkPage(page, 'catalogue-03-filtered');

    await page.goBack();
    await expect.poll(resultCount).toBe(before);
    expect(await formats.getByRole('checkbox', { name: /^Bok/ }).isChecked()).toBe(false);
    await page.goForward();
    await expect.poll(resultCount).toBe(before - ebooks);
    expect(await formats.getByRole('checkbox', { name: /^Bok/ }).isChecked()).toBe(true);
  });

  it('reads the price of a title in its fixed-price period: the discount is capped at 20 %', async () => {
    const hit = page.locator('.hit').filter({ hasText: 'fastprisrabatt' }).first();
    await hit.locator('.hit__title a').click();
    // Search hits carry prices too: wait for the product page's own price block.
    const price = page.locator('.price--full');
    await price.getByText('Din pris', { exact: true }).waitFor();
    const text = await textOf(price);
    expect(text).toContain('20 % fastprisrabatt');
    expect(text).toContain('Rabatten er begrenset til det loven tillater');
    expect(text).toContain('inkl. mva 0 %');
    expect(text).toMatch(/Fastpris til \d{1,2}\. \p{L}+ \d{4}/u);
    const list = minorUnits((await price.locator('.price__list s').textContent()) ?? '');
    const yours = minorUnits((await price.locator('.price__amount').textContent()) ?? '');
    expect(Math.abs(yours - (list * 80) / 100)).toBeLessThan(1);
    // A member of the account can order it from here.
    await page.getByRole('form', { name: 'Bestill' }).waitFor();
    expect(await page.getByText('ISBN-13').count()).toBe(1);
    await checkPage(page, 'catalogue-04-product-fixed-price');
  });

  it('reads the price of an older title: the standard discount, 30 %', async () => {
    await page.getByRole('link', { name: 'Tilbake til søkeresultatene' }).click();
    await page.waitForURL(/form=book/);
    const hit = page.locator('.hit').filter({ hasText: '30 % rabatt' }).first();
    await hit.waitFor();
    await hit.locator('.hit__title a').click();
    const price = page.locator('.price--full');
    await price.getByText('Din pris', { exact: true }).waitFor();
    expect(await textOf(price)).toContain('30 % rabatt');
    const list = minorUnits((await price.locator('.price__list s').textContent()) ?? '');
    const yours = minorUnits((await price.locator('.price__amount').textContent()) ?? '');
    expect(Math.abs(yours - (list * 70) / 100)).toBeLessThan(1);
    await checkPage(page, 'catalogue-05-product-standard');
  });

  it('finds an unknown ISBN helpfully missing', async () => {
    await page.goto(`${server.url}/produkt/9780000000002`);
    await page.getByRole('heading', { name: 'Tittelen finnes ikke', level: 1 }).waitFor();
    await checkPage(page, 'catalogue-06-product-not-found');
    await page.goto(`${server.url}/search?q=xqzxqzxqz`);
    await page.getByText('Ingen treff for «xqzxqzxqz»').waitFor({ timeout: 15_000 });
    await checkPage(page, 'catalogue-07-no-hits');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Logg inn' }).count()).toBeGreaterThan(0);
  });
});

describe('customer service keeps the catalogue and the prices', () => {
  const file = onixMessage([
    { isbn12: '978829999001', title: 'Reisen til Hylle', author: 'Åse Nordli', price: '299.00', releaseDate: '2026-01-15' },
    { isbn12: '978829999002', title: 'Stille vann i Storvik', author: 'Per Holm', price: '349', releaseDate: '2024-03-01' },
    { isbn12: '978829999003', title: 'Feil sjekksiffer', author: 'Ola Feil', price: '199', releaseDate: '2025-01-01', bad: true },
  ]);

  it('sees the catalogue and its history', async () => {
    await signInAs(page, browser, server.url, 'kundeservice@demo.hylle.no');
    await page.getByRole('navigation', { name: 'Backoffice' }).getByRole('link', { name: 'Katalog' }).click();
    await page.getByRole('heading', { name: 'Katalog', level: 1 }).waitFor();
    await expect.poll(() => page.locator('.catalogue-facts').textContent()).toMatch(/Titler i katalogen\s*5\s000/);
    await expect.poll(() => page.getByRole('rowheader', { name: /demo-catalogue/ }).count()).toBe(1);
    await checkPage(page, 'catalogue-staff-01-catalogue');
  });

  it('uploads an ONIX file and watches it import', async () => {
    await page.getByLabel('Katalogfil', { exact: true }).setInputFiles({ name: 'nye-titler.xml', mimeType: 'application/xml', buffer: Buffer.from(file) });
    await page.getByRole('button', { name: 'Last opp' }).click();
    const upload = page.getByRole('progressbar', { name: 'Opplasting' });
    await upload.waitFor();
    await expect.poll(async () => ((await upload.getAttribute('aria-valuetext')) ?? '').replace(/\s+/g, ' ')).toMatch(/^100 %/);
    await expect
      .poll(() => page.getByText('«nye-titler.xml» er lest inn: 2 lagt til, 0 oppdatert, 0 uendret, 1 hoppet over.').count(), { timeout: 30_000 })
      .toBe(1);
    expect(await page.getByRole('progressbar', { name: 'Innlesing' }).evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(100);
    await expect.poll(() => page.locator('.catalogue-facts').textContent()).toMatch(/Titler i katalogen\s*5\s002/);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'nye-titler.xml' }).filter({ hasText: 'Ferdig' }).count()).toBe(1);
    await checkPage(page, 'catalogue-staff-02-imported');
  });

  it('reads what was skipped, and why', async () => {
    await page.getByRole('link', { name: 'Se detaljer og problemer' }).click();
    await page.getByRole('heading', { name: 'nye-titler.xml', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('rowheader', { name: 'e2e-3' }).count()).toBe(1);
    expect(await page.getByRole('row').filter({ hasText: 'e2e-3' }).textContent()).toMatch(/check digit/);
    await checkPage(page, 'catalogue-staff-03-import-detail');
  });

  it('finds the new title in the search', async () => {
    const box = page.getByRole('combobox', { name: 'Søk i katalogen' });
    await box.fill('Reisen til Hylle');
    await box.press('Enter');
    await expect.poll(() => page.getByRole('link', { name: 'Reisen til Hylle' }).count(), { timeout: 15_000 }).toBe(1);
  });

  it('sees the cap for a discount above it, and changes the discounts', async () => {
    await page.getByRole('link', { name: 'Backoffice' }).first().click();
    await page.getByRole('link', { name: 'Storvik bibliotek', exact: true }).click();
    await page.getByRole('heading', { name: 'Priser og rabatter', level: 2 }).waitFor();
    const fixed = page.getByLabel('Fastprisrabatt');
    await expect.poll(() => fixed.inputValue()).toBe('25');
    expect(await page.getByLabel('Kundetype').inputValue()).toBe('public_library');
    expect(await page.getByText('Loven tillater høyst 20 % for kundetypen «Folkebibliotek».').count()).toBe(1);
    expect(await page.getByText('rabatten blir begrenset til 20 % i fastprisperioden').count()).toBe(1);
    await checkPage(page, 'catalogue-staff-04-price-terms');

    // A percentage with a comma is fine; a word is not, and the field says so.
    await page.getByLabel('Standardrabatt').fill('tretti');
    const form = page.getByRole('form', { name: 'Priser og rabatter' });
    await form.getByRole('button', { name: 'Lagre' }).click();
    await expect.poll(() => page.getByText('Skriv en prosent mellom 0 og 100').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('price-terms-standard');

    await fixed.fill('17,5');
    expect(await page.getByText('rabatten blir begrenset til 20 %').count()).toBe(0);
    await page.getByLabel('Standardrabatt').fill('32,5 %');
    const changesBefore = await page.getByRole('rowheader', { name: 'Priser og rabatter endret' }).count();
    await form.getByRole('button', { name: 'Lagre' }).click();
    await expect.poll(() => page.getByText('Prisene og rabattene er lagret.').count()).toBe(1);
    await expect.poll(() => page.getByRole('rowheader', { name: 'Priser og rabatter endret' }).count()).toBe(changesBefore + 1);
    await page.reload();
    await expect.poll(() => page.getByLabel('Fastprisrabatt').inputValue()).toBe('17,5');
    expect(await page.getByLabel('Standardrabatt').inputValue()).toBe('32,5');
    await checkPage(page, 'catalogue-staff-05-price-terms-saved');
  });
});
