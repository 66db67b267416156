import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../test-support/seed.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

let t: TestApp;
const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'hylle-web-'));

beforeAll(async () => {
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Hylle</title><div id="root"></div>');
  fs.writeFileSync(path.join(webRoot, 'assets', 'app.js'), 'console.log("hylle")');
  t = await startTestApp({}, { webRoot });
});
afterAll(async () => {
  await t.stop();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('answers every page address with the app, which draws its own pages and 404', async () => {
    for (const url of ['/', '/min-side/brukere', '/backoffice/accounts/123?tab=users', '/finnes-ikke']) {
      const response = await t.client().get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('<div id="root">');
    }
  });

  it('serves the built files, and a missing file or API route is a plain 404', async () => {
    const asset = await t.client().get('/assets/app.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toContain('hylle');
    expectProblem(await t.client().get('/assets/gone.js'), 404, 'not_found');
    expectProblem(await t.client().get('/api/nothing-here'), 404, 'not_found');
    const browser = t.client();
    await browser.get('/api/session');
    expectProblem(await browser.request({ method: 'DELETE', url: '/min-side' }), 404, 'not_found');
    expectProblem(await t.client().get('/dev/nothing'), 404, 'not_found');
  });
});
