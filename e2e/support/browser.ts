import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { startServer, type RunningServer } from './server.ts';

export const artefacts = path.resolve('test-results/e2e');

/** Debian's Chromium, headless, with nothing that phones home (the network is closed). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Every page a journey visits: no serious or critical axe-core violation, and a
 * full-page screenshot kept as a test artefact.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artefacts, { recursive: true });
  await page.screenshot({ path: path.join(artefacts, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious.join('\n'), `accessibility violations on ${name}`).toBe('');
}

export type Journey = { server: RunningServer; browser: Browser; page: Page; stop(): Promise<void> };

/** A journey's set-up: its own server with the demo data, Chromium, and one Norwegian page. */
export async function startJourney(): Promise<Journey> {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  const page = await context.newPage();
  return {
    server,
    browser,
    page,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}
