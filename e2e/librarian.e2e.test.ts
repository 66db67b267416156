import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, startJourney, type Journey } from './support/browser.ts';
import { codeFromMailbox, mailSubjectsTo } from './support/mailbox.ts';
import type { RunningServer } from './support/server.ts';

/**
 * A librarian who orders for two libraries of one municipality: signs in with the code
 * from the mailbox, switches to the branch where she is admin, adds a delivery address,
 * invites a colleague, and signs out — by keyboard where it matters, checked by axe-core.
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

describe('a librarian of two libraries', () => {
  it('starts on the home page, where the skip link is the first stop of the keyboard', async () => {
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Velkommen');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnhold');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await checkPage(page, '01-home');
  });

  it('signs in with a one-time code from the mailbox', async () => {
    await page.getByRole('link', { name: 'Logg inn' }).first().click();
    await page.getByLabel('Jobb-e-post').fill('lars.berg@demo.hylle.no');
    await checkPage(page, '02-sign-in');
    await page.getByRole('button', { name: 'Motta kode' }).click();
    await page.getByLabel('Engangskode').waitFor();
    await checkPage(page, '03-sign-in-code');

    const code = await codeFromMailbox(browser, server.url, 'lars.berg@demo.hylle.no', '04-dev-mailbox');
    await page.getByLabel('Engangskode').fill(code);
    await page.getByLabel('Engangskode').press('Enter');
    await page.waitForURL(/\/min-side/);
    await expect.poll(() => page.getByText('Innlogget som Lars Berg').count()).toBeGreaterThan(0);
    await checkPage(page, '05-my-page-profile');
  });

  it('switches to the branch library, where he is admin', async () => {
    // Choosing in the list changes nothing by itself (WCAG 3.2.2); "Bytt" switches.
    const switcher = page.getByLabel('Kundekonto');
    await switcher.selectOption({ label: 'Storvik bibliotek, Nordhavn filial' });
    expect(await page.getByRole('status').filter({ hasText: 'Du handler nå for' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Bytt' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Du handler nå for Storvik bibliotek, Nordhavn filial' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Bedriftsinformasjon' }).click();
    await expect.poll(() => page.getByText('100002').count()).toBeGreaterThan(0);
    await checkPage(page, '06-company');
  });

  it('adds a delivery address', async () => {
    await page.getByRole('link', { name: 'Leveringsadresser' }).click();
    await page.getByRole('heading', { name: 'Leveringsadresser', level: 1 }).or(page.getByRole('heading', { name: 'Leveringsadresser', level: 2 })).first().waitFor();
    await expect.poll(() => page.getByText('Havnegata 7').count()).toBeGreaterThan(0);
    await checkPage(page, '07-delivery-addresses');

    await page.getByRole('button', { name: 'Legg til leveringsadresse' }).click();
    await page.getByLabel('Navn på adressen').fill('Nordhavn skole');
    await page.getByLabel('Mottaker').fill('Skolebiblioteket');
    await page.getByLabel('Adresse', { exact: true }).fill('Skoleveien 4');
    await page.getByLabel('Postnummer').fill('8021');
    await page.getByLabel('Poststed').fill('Nordhavn');
    await checkPage(page, '08-delivery-address-form');
    await page.getByRole('button', { name: 'Lagre' }).click();
    await expect.poll(() => page.getByText('Leveringsadressen er lagt til.').count()).toBe(1);
    await expect.poll(() => page.getByText('Skoleveien 4').count()).toBe(1);
    await checkPage(page, '09-delivery-address-added');
  });

  it('invites a colleague, who gets an e-mail', async () => {
    await page.getByRole('link', { name: 'Brukere' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'lars.berg@demo.hylle.no' }).count()).toBe(1);
    await checkPage(page, '10-members');

    const form = page.getByRole('form', { name: 'Inviter en kollega' });
    await form.getByLabel('E-post').fill('nora.lie@demo.hylle.no');
    await form.getByLabel('Navn').fill('Nora Lie');
    await form.getByRole('button', { name: 'Send invitasjon' }).click();
    await expect.poll(() => page.getByText('Nora Lie er invitert.').count()).toBe(1);
    await expect.poll(() => page.getByRole('cell', { name: 'nora.lie@demo.hylle.no' }).count()).toBe(1);
    await checkPage(page, '11-member-invited');
    await expect
      .poll(() => mailSubjectsTo(browser, server.url, 'nora.lie@demo.hylle.no'), { timeout: 10_000 })
      .toContain('Du har fått tilgang til Storvik bibliotek, Nordhavn filial i Hylle Bibliotekservice');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Logg inn' }).count()).toBeGreaterThan(0);
    await checkPage(page, '12-signed-out');
    const session = await page.evaluate(() => fetch('/api/session').then((r) => r.json() as Promise<{ user: unknown }>));
    expect(session.user).toBeNull();
  });

  it('shows a helpful page for an address that does not exist', async () => {
    await page.goto(`${server.url}/finnes-ikke`);
    await expect.poll(() => page.getByRole('heading', { name: 'Siden finnes ikke' }).count()).toBe(1);
    await checkPage(page, '13-not-found');
  });
});
