import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, startJourney, type Journey } from './support/browser.ts';
import { mailSubjectsTo } from './support/mailbox.ts';
import { signInAs } from './support/sign-in.ts';
import type { RunningServer } from './support/server.ts';

/**
 * Customer service in the backoffice: finds an account, changes its company data, opens a
 * new account (after a wrong organisation number), and reads the audit log.
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

describe('customer service in the backoffice', () => {
  it('finds an account by name', async () => {
    await signInAs(page, browser, server.url, 'kundeservice@demo.hylle.no');
    // Staff land in the backoffice after signing in.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/backoffice');
    await page.getByRole('link', { name: 'Backoffice' }).first().click();
    await expect.poll(() => page.getByRole('rowheader', { name: 'Storvik bibliotek', exact: true }).count()).toBe(1);
    await checkPage(page, 'staff-01-accounts');
    await page.getByLabel('Søk etter kundekonto').fill('Fjordlys');
    await page.getByLabel('Søk etter kundekonto').press('Enter');
    await expect.poll(() => page.getByRole('rowheader', { name: 'Storvik bibliotek', exact: true }).count()).toBe(0);
    await page.getByRole('link', { name: /Fjordlys Bokkafé AS/ }).click();
    await page.getByRole('heading', { name: 'Fjordlys Bokkafé AS', level: 1 }).waitFor();
    await checkPage(page, 'staff-02-account-detail');
  });

  it('allows pay on invoice and sees the change in the audit log', async () => {
    const invoice = page.getByLabel('Kan handle mot faktura');
    expect(await invoice.isChecked()).toBe(false);
    await invoice.check();
    await page.getByLabel('Kundereferanse').fill('FJORD-01');
    await page.getByRole('button', { name: 'Lagre' }).first().click();
    await expect.poll(() => page.getByText('Endringene er lagret.').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByLabel('Kan handle mot faktura').isChecked()).toBe(true);
    await expect.poll(() => page.getByText('kundeservice@demo.hylle.no').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('rowheader', { name: 'Firmaopplysninger endret' }).count()).toBe(1);
    await checkPage(page, 'staff-03-account-changed');
  });

  it('opens a new account, refusing a wrong organisation number first', async () => {
    await page.getByRole('link', { name: 'Ny kundekonto' }).first().click();
    await page.getByLabel('Navn', { exact: true }).first().fill('Vestby bibliotek');
    await page.getByLabel('Organisasjonsnummer').fill('123456789');
    await page.getByLabel('E-post').fill('hanne.vik@vestby.kommune.no');
    await page.getByLabel('Navn', { exact: true }).last().fill('Hanne Vik');
    await page.getByRole('button', { name: 'Opprett kundekonto' }).click();
    await expect.poll(() => page.getByText('Organisasjonsnummeret er ikke gyldig.').count()).toBeGreaterThan(0);
    // The message says what a valid number looks like, and focus is on the field to fix.
    await expect.poll(() => page.getByText('har 9 sifre, og det siste er et kontrollsiffer').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-account-org');
    expect(await page.getByLabel('Organisasjonsnummer').getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'staff-04-new-account-error');

    await page.getByLabel('Organisasjonsnummer').fill('876543214');
    await page.getByRole('button', { name: 'Opprett kundekonto' }).click();
    await page.getByRole('heading', { name: 'Vestby bibliotek', level: 1 }).waitFor();
    await expect.poll(() => page.getByText('100004').count()).toBeGreaterThan(0);
    await checkPage(page, 'staff-05-new-account');
    await expect
      .poll(() => mailSubjectsTo(browser, server.url, 'hanne.vik@vestby.kommune.no'), { timeout: 10_000 })
      .toContain('Velkommen til Hylle Bibliotekservice');
  });

  it('reads the audit log and the failed jobs', async () => {
    await page.getByRole('link', { name: 'Endringslogg' }).first().click();
    await expect.poll(() => page.getByRole('rowheader', { name: 'Kundekonto opprettet' }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('link', { name: 'Vestby bibliotek' }).count()).toBeGreaterThan(0);
    await checkPage(page, 'staff-06-audit-log');
    await page.getByRole('link', { name: 'Feilede jobber' }).first().click();
    await expect.poll(() => page.getByText('Ingen feilede jobber. Alt går som det skal.').count()).toBe(1);
    await checkPage(page, 'staff-07-dead-jobs');
  });
});
