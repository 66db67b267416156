import type { Browser } from 'playwright-core';
import { checkPage } from './browser.ts';

/**
 * Reads the newest sign-in code sent to `email` from the dev mailbox page, the way a
 * developer would (the worker delivers within a second, so this waits a little).
 */
export async function codeFromMailbox(
  browser: Browser,
  baseUrl: string,
  email: string,
  screenshot?: string,
  /** Codes sent before this sign-in: a new one is waited for, so a second sign-in of the same person never reads the old code. */
  seen: string[] = [],
): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    for (let attempt = 0; attempt < 40; attempt++) {
      await page.goto(`${baseUrl}/dev/mailbox`);
      const subjects = await page
        .locator('li.mail')
        .filter({ has: page.locator('.to', { hasText: email }) })
        .locator('h2')
        .allTextContents();
      const code = subjects.map((s) => s.match(/^(\d{6}) /)?.[1]).find((c) => c !== undefined && !seen.includes(c));
      if (code) {
        if (screenshot) await checkPage(page, screenshot);
        return code;
      }
      await page.waitForTimeout(250);
    }
    throw new Error(`no sign-in code for ${email} in the dev mailbox`);
  } finally {
    await context.close();
  }
}

export async function mailSubjectsTo(browser: Browser, baseUrl: string, email: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/dev/mailbox`);
    return await page
      .locator('li.mail')
      .filter({ has: page.locator('.to', { hasText: email }) })
      .locator('h2')
      .allTextContents();
  } finally {
    await context.close();
  }
}

/** The sign-in codes the dev mailbox holds for `email`, newest first. */
export async function codesInMailbox(browser: Browser, baseUrl: string, email: string): Promise<string[]> {
  return (await mailSubjectsTo(browser, baseUrl, email)).flatMap((subject) => subject.match(/^(\d{6}) /)?.[1] ?? []);
}
