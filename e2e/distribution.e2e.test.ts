import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, startJourney, type Journey } from './support/browser.ts';
import { signInAs } from './support/sign-in.ts';
import type { RunningServer } from './support/server.ts';

/**
 * Distribution info (INT-1): the head librarian of Storvik adds a department to the
 * account's lists on My page; a librarian of the same library reads the lists, unable to
 * change them, and chooses her own defaults for new cart lines.
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

const activeId = (target: Page) => target.evaluate(() => document.activeElement?.id ?? '');
const rowOf = (target: Page, code: string) => target.getByRole('row').filter({ has: target.getByRole('rowheader', { name: code, exact: true }) });

describe('distribution info', () => {
  it('the admin finds the lists on My page, with the demo library’s codes', async () => {
    await signInAs(page, browser, server.url, 'ingrid.hovland@demo.hylle.no');
    await page.goto(`${server.url}/min-side`);
    await page.getByRole('link', { name: 'Fordelingsinfo', exact: true }).click();
    await page.getByRole('heading', { name: 'Fordelingsinfo', level: 1 }).waitFor();
    const departments = page.getByRole('table', { name: 'Avdelinger' });
    await expect.poll(() => departments.getByRole('rowheader').allTextContents()).toEqual(['BARN', 'UNGDOM', 'VOKSEN']);
    expect(await rowOf(page, 'VOKSEN').textContent()).toContain('Voksenavdelingen');
    expect(await page.getByRole('table', { name: 'Ekstra felt' }).getByRole('rowheader', { name: 'Signatur' }).count()).toBe(1);
  });

  it('adds the department SKOLE, after trying one the list already has', async () => {
    await page.getByRole('button', { name: 'Legg til avdeling' }).click();
    // The form opens on its first field.
    await expect.poll(() => activeId(page)).toBe('distribution-department-new-code');
    const form = page.getByRole('form', { name: 'Ny avdeling' });
    await page.keyboard.type('voksen');
    expect(await form.getByLabel('Kode').inputValue()).toBe('VOKSEN');
    await form.getByRole('button', { name: 'Lagre' }).click();
    // Said by the field, and focus goes there.
    await expect.poll(() => page.getByText('Listen har allerede koden VOKSEN.').count()).toBe(1);
    await expect.poll(() => activeId(page)).toBe('distribution-department-new-code');
    await checkPage(page, 'distribution-01-code-taken');

    await form.getByLabel('Kode').fill('skole');
    await form.getByLabel(/^Beskrivelse/).fill('Skoletjenesten');
    await form.getByLabel(/^Beskrivelse/).press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'SKOLE er lagt til.' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: 'Avdelinger' }).getByRole('rowheader').allTextContents()).toEqual([
      'BARN',
      'SKOLE',
      'UNGDOM',
      'VOKSEN',
    ]);
    expect(await rowOf(page, 'SKOLE').textContent()).toContain('Skoletjenesten');
    await checkPage(page, 'distribution-02-admin');
  });

  it('makes Signatur required with room for 30 characters, and removes DVD after asking', async () => {
    await page.getByRole('button', { name: 'Endre feltet Signatur' }).click();
    const form = page.getByRole('form', { name: 'Endre feltet Signatur' });
    await form.getByLabel('Må fylles ut før bestilling').check();
    await form.getByLabel('Høyeste antall tegn').fill('tretti');
    await form.getByRole('button', { name: 'Lagre' }).click();
    await expect.poll(() => form.getByText('Skriv et helt tall fra 1 til 200.').count()).toBe(1);
    await expect.poll(() => activeId(page)).toMatch(/-max-length$/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('30');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Feltet Signatur er endret.' }).count()).toBe(1);
    const signatur = rowOf(page, 'Signatur');
    expect(await signatur.textContent()).toContain('Påkrevd');
    expect(await signatur.textContent()).toContain('30 tegn');

    await page.getByRole('button', { name: 'Fjern DVD' }).click();
    // The question opens on the safe choice.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await page.getByRole('button', { name: 'Ja, fjern' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'DVD er fjernet fra listen.' }).count()).toBe(1);
    expect(await rowOf(page, 'DVD').count()).toBe(0);
  });

  it('a librarian reads the lists, cannot change them, and sets her own defaults', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    const librarian = await context.newPage();
    await signInAs(librarian, browser, server.url, 'mina.solheim@demo.hylle.no');
    await librarian.goto(`${server.url}/min-side`);
    await librarian.getByRole('link', { name: 'Fordelingsinfo', exact: true }).click();
    await librarian.getByRole('heading', { name: 'Fordelingsinfo', level: 1 }).waitFor();
    await expect.poll(() => rowOf(librarian, 'SKOLE').count()).toBe(1);
    expect(await rowOf(librarian, 'SKOLE').textContent()).toContain('Skoletjenesten');
    expect(await librarian.getByText('Listene holdes ved like av administratoren for kundekontoen.', { exact: false }).count()).toBe(1);
    expect(await librarian.getByRole('button', { name: /Legg til|Endre|Fjern/ }).count()).toBe(0);

    const form = librarian.getByRole('form', { name: 'Mine standardvalg' });
    await form.getByLabel('Avdeling', { exact: true }).selectOption('SKOLE');
    await form.getByLabel('Hylleplassering', { exact: true }).selectOption('KRIM');
    await form.getByLabel('Materialtype', { exact: true }).selectOption('LYDBOK');
    // The demo library's budget codes are there to choose from, with what they are for.
    await form.getByLabel('Budsjettkode', { exact: true }).selectOption({ label: 'SKJØNN – Skjønnlitteratur for voksne' });
    await form.getByRole('button', { name: 'Lagre standardvalgene' }).click();
    await expect.poll(() => librarian.getByRole('status').filter({ hasText: 'Standardvalgene dine er lagret.' }).count()).toBe(1);
    await checkPage(librarian, 'distribution-03-buyer-defaults');

    // Kept on the server: a fresh load shows them again.
    await librarian.reload();
    const reloaded = librarian.getByRole('form', { name: 'Mine standardvalg' });
    await expect.poll(() => reloaded.getByLabel('Avdeling', { exact: true }).inputValue()).toBe('SKOLE');
    expect(await reloaded.getByLabel('Hylleplassering', { exact: true }).inputValue()).toBe('KRIM');
    expect(await reloaded.getByLabel('Materialtype', { exact: true }).inputValue()).toBe('LYDBOK');
    const budget = reloaded.getByLabel('Budsjettkode', { exact: true });
    expect(await budget.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe('SKJØNN – Skjønnlitteratur for voksne');
    await context.close();
  });

  it('the admin’s own defaults are still her own: none chosen', async () => {
    await page.reload();
    const form = page.getByRole('form', { name: 'Mine standardvalg' });
    await expect.poll(() => form.getByLabel('Avdeling', { exact: true }).inputValue()).toBe('');
  });
});
