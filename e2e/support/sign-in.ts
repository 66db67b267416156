import type { Browser, Page } from 'playwright-core';
import { codeFromMailbox, codesInMailbox } from './mailbox.ts';

/** Signs in through the sign-in page with the code from the dev mailbox. */
export async function signInAs(page: Page, browser: Browser, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/logg-inn`);
  await page.getByLabel('Jobb-e-post').fill(email);
  const seen = await codesInMailbox(browser, baseUrl, email);
  await page.getByRole('button', { name: 'Motta kode' }).click();
  await page.getByLabel('Engangskode').waitFor();
  await page.getByLabel('Engangskode').fill(await codeFromMailbox(browser, baseUrl, email, undefined, seen));
  await page.getByLabel('Engangskode').press('Enter');
  await page.getByRole('button', { name: 'Logg ut', exact: true }).waitFor();
}
