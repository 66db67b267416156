import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../modules/identity/index.ts';
import { expectProblem } from '../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../test-support/test-app.ts';

let t: TestApp;
let anne: TestClient;

beforeAll(async () => {
  t = await startTestApp(
    {},
    {
      // An unexpected failure deep inside a handler, as a bug or a lost database would give.
      beforeReady: (app) => {
        app.get('/api/test/explode', async () => {
          throw new Error('secret internals: password=hunter2');
        });
      },
    },
  );
  await t.database.db.transaction((tx) => insertUser(tx, { email: 'anne@bibliotek.no', name: 'Anne' }));
  anne = await t.signIn('anne@bibliotek.no');
});
afterAll(() => t.stop());

describe('errors', () => {
  it('answers an unknown API route with a 404 problem', async () => {
    const body = expectProblem(await anne.get('/api/no/such/thing'), 404, 'not_found');
    expect(body).toMatchObject({ status: 404, title: 'Not found', type: expect.stringContaining('not_found') });
    expectProblem(await anne.post('/api/no/such/thing', { a: 1 }), 404, 'not_found');
  });

  it('refuses a body over 256 KiB with 413 payload_too_large', async () => {
    const name = 'x'.repeat(257 * 1024);
    expectProblem(await anne.put('/api/me/profile', { name, phone: '', newsletter: false }), 413, 'payload_too_large');
    expect((await anne.get('/api/me/profile')).json().name).toBe('Anne');
  });

  it('refuses malformed JSON with 400 malformed_json', async () => {
    const response = await anne.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: '{"name": "Anne", "phone": ',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(response, 400, 'malformed_json');
    expect((await anne.get('/api/me/profile')).json().name).toBe('Anne');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await anne.request({
      method: 'PUT',
      url: '/api/me/profile',
      payload: 'name=Anne',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('answers an unexpected error with a 500 problem that holds a request id and no internals', async () => {
    const response = await anne.request({ method: 'GET', url: '/api/test/explode', headers: { 'x-request-id': 'trace-500' } });
    const body = expectProblem(response, 500, 'internal');
    expect(body.requestId).toBe('trace-500');
    expect(response.body).not.toContain('hunter2');
    expect(response.body).not.toContain('secret internals');
    expect(response.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
    expect(response.body).not.toContain('stack');
  });

  it('gives every problem a request id, the one the caller sent when it sent one', async () => {
    const response = await anne.request({ method: 'GET', url: '/api/nothing-here', headers: { 'x-request-id': 'abc-123' } });
    expect(response.headers['x-request-id']).toBe('abc-123');
    expect(expectProblem(response, 404, 'not_found').requestId).toBe('abc-123');
    // A request id that could smuggle anything into logs is replaced by one of ours.
    const odd = await anne.request({ method: 'GET', url: '/api/nothing-here', headers: { 'x-request-id': 'bad id\nwith newline' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(odd.json().requestId).toBe(odd.headers['x-request-id']);
  });

  it('echoes a request id on successful answers too, and makes one when none is sent', async () => {
    const given = await anne.request({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'health-1' } });
    expect(given.headers['x-request-id']).toBe('health-1');
    const made = await anne.get('/api/session');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('operations', () => {
  it('answers /healthz', async () => {
    const response = await t.client().get('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('is ready on /readyz once the migrations are applied', async () => {
    const response = await t.client().get('/readyz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready' });
  });

  it('is not ready while a migration is pending', async () => {
    const [last] = (await t.database.db.execute<{ name: string }>(sql`SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 1`)).rows;
    expect(last).toBeDefined();
    await t.database.db.execute(sql`DELETE FROM schema_migrations WHERE name = ${last!.name}`);
    try {
      const response = await t.client().get('/readyz');
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'migrations_pending', pending: [last!.name] });
      expect((await t.client().get('/healthz')).statusCode).toBe(200);
    } finally {
      await t.database.db.execute(sql`INSERT INTO schema_migrations (name) VALUES (${last!.name})`);
    }
    expect((await t.client().get('/readyz')).statusCode).toBe(200);
  });

  it('serves Prometheus metrics that count requests by route pattern, to this machine only', async () => {
    await anne.get('/api/me/profile');
    expectProblem(await t.client({ ip: '203.0.113.9' }).get('/metrics'), 403, 'forbidden');
    const response = await t.client({ ip: '127.0.0.1' }).get('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain('# TYPE hylle_http_requests_total counter');
    expect(response.body).toMatch(/hylle_http_requests_total\{method="GET",route="\/api\/me\/profile",status="200"\} \d+/);
    expect(response.body).toContain('hylle_http_request_duration_seconds_bucket');
    expect(response.body).toMatch(/hylle_jobs\{status="done"\} \d+/);
  });

  it('sends the security headers on pages, API answers and problems', async () => {
    for (const response of [await t.client().get('/api/session'), await t.client().get('/api/nothing'), await t.client().get('/healthz')]) {
      const csp = response.headers['content-security-policy'];
      expect(csp).toEqual(expect.stringContaining("default-src 'self'"));
      expect(csp).toEqual(expect.stringContaining("frame-ancestors 'none'"));
      expect(csp).not.toContain('unsafe-eval');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBeDefined();
      expect(response.headers['referrer-policy']).toBeDefined();
    }
  });

  it('serves the OpenAPI UI at /api/docs, and the document lists the API', async () => {
    const ui = await t.client().get('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
    expect(ui.body).toMatch(/swagger/i);

    const doc = await t.client().get('/api/docs/json');
    expect(doc.statusCode).toBe(200);
    const spec = doc.json() as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/session',
      '/api/auth/code',
      '/api/auth/verify',
      '/api/me/profile',
      '/api/account',
      '/api/account/delivery-addresses/{id}',
      '/api/account/members/{userId}',
      '/api/backoffice/accounts',
      '/api/backoffice/accounts/{id}',
      '/api/backoffice/audit-log',
    ]) {
      expect(Object.keys(spec.paths), path).toContain(path);
    }
    expect(spec.paths['/api/backoffice/accounts']).toHaveProperty('post');
    // Operations endpoints and test routes are not part of the public API.
    expect(Object.keys(spec.paths)).not.toContain('/metrics');
    expect(Object.keys(spec.paths)).not.toContain('/dev/mailbox');
  });

  it('serves metrics to a scraper elsewhere only with METRICS_TOKEN', async () => {
    const scraped = await startTestApp({ METRICS_TOKEN: 'scrape-me' });
    try {
      const remote = scraped.client({ ip: '203.0.113.9' });
      expectProblem(await remote.get('/metrics'), 403, 'forbidden');
      expectProblem(await remote.request({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong' } }), 403, 'forbidden');
      const ok = await remote.request({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer scrape-me' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toContain('hylle_http_requests_total');
    } finally {
      await scraped.stop();
    }
  });

  it('shows the development mailbox, with its codes, only to this machine', async () => {
    expectProblem(await t.client({ ip: '203.0.113.9' }).get('/api/dev/mailbox'), 403, 'forbidden');
    expect((await t.client({ ip: '203.0.113.9' }).get('/dev/mailbox')).statusCode).toBe(403);
  });

  it('shows sent mail in the development mailbox', async () => {
    const c = t.client({ ip: '127.0.0.1' });
    await c.get('/api/session');
    await c.post('/api/auth/code', { email: 'anne@bibliotek.no' });
    const code = await t.latestCodeFor('anne@bibliotek.no');

    const page = await c.get('/dev/mailbox');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('anne@bibliotek.no');
    expect(page.body).toContain(code);

    const json = await c.get('/api/dev/mailbox');
    expect(json.statusCode).toBe(200);
    expect(json.json()[0]).toMatchObject({ to: 'anne@bibliotek.no', subject: expect.stringContaining(code) });
  });

  it('has no development mailbox in production', async () => {
    const production = await startTestApp({ NODE_ENV: 'production', LOG_LEVEL: 'silent' });
    try {
      expect((await production.client({ ip: '127.0.0.1' }).get('/dev/mailbox')).statusCode).toBe(404);
      expectProblem(await production.client({ ip: '127.0.0.1' }).get('/api/dev/mailbox'), 404, 'not_found');
    } finally {
      await production.stop();
    }
  });
});
