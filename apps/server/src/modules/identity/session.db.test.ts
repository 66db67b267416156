import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { insertUser } from './users.repo.ts';

const DAY = 24 * 3600_000;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.database.db.transaction(async (tx) => {
    for (const name of ['anne', 'bjorn', 'cecilie', 'dag', 'eva', 'frode', 'gro', 'hege']) {
      await insertUser(tx, { email: `${name}@bibliotek.no`, name });
    }
  });
});
afterAll(() => t.stop());

const cookieOf = (response: LightMyRequestResponse, name: string) => response.cookies.find((c) => c.name === name);

/** The cookie was told to go away: emptied, or expired. */
function expectCleared(response: LightMyRequestResponse, name: string) {
  const cookie = cookieOf(response, name);
  expect(cookie, `${name} should be cleared`).toBeDefined();
  const gone = cookie!.value === '' || (cookie!.expires !== undefined && cookie!.expires.getTime() <= Date.now()) || cookie!.maxAge === 0;
  expect(gone).toBe(true);
}

/** Sends the request with the client's cookies but the given CSRF header, or none. */
function withCsrf(c: TestClient, csrf: string | null, options: { method: 'POST' | 'PUT'; url: string; payload?: object }) {
  const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return t.app.inject({
    method: options.method,
    url: options.url,
    remoteAddress: c.ip,
    ...(options.payload ? { payload: options.payload } : {}),
    headers: { cookie, ...(csrf === null ? {} : { 'x-csrf-token': csrf }) },
  });
}

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, and not Secure on plain-http localhost', async () => {
    const c = t.client();
    const session = await c.get('/api/session');
    const csrf = cookieOf(session, 'hylle_csrf');
    expect(csrf?.httpOnly).toBe(true);
    expect(csrf?.sameSite).toBe('Lax');

    await c.post('/api/auth/code', { email: 'anne@bibliotek.no' });
    const verified = await c.post('/api/auth/verify', { email: 'anne@bibliotek.no', code: await t.latestCodeFor('anne@bibliotek.no') });
    expect(verified.statusCode).toBe(200);
    const cookie = cookieOf(verified, 'hylle_session');
    expect(cookie).toBeDefined();
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.path).toBe('/');
    expect(cookie?.maxAge).toBe(30 * 24 * 3600);
    // A new CSRF token on sign-in, so one seen before sign-in is worth nothing after.
    expect(cookieOf(verified, 'hylle_csrf')?.value).not.toBe(csrf?.value);
    expect(verified.json().csrfToken).toBe(cookieOf(verified, 'hylle_csrf')?.value);
  });

  it('is a Secure __Host- cookie when the public address is https', async () => {
    const secure = await startTestApp({ PUBLIC_URL: 'https://shop.example' });
    try {
      await secure.database.db.transaction((tx) => insertUser(tx, { email: 'anne@bibliotek.no', name: 'Anne' }));
      const c = secure.client();
      const session = await c.get('/api/session');
      const csrf = cookieOf(session, '__Host-hylle_csrf');
      expect(csrf?.secure).toBe(true);
      expect(csrf?.httpOnly).toBe(true);
      expect(csrf?.path).toBe('/');
      expect(csrf?.domain).toBeUndefined();
      expect(cookieOf(session, 'hylle_csrf')).toBeUndefined();

      await c.post('/api/auth/code', { email: 'anne@bibliotek.no' });
      const verified = await c.post('/api/auth/verify', { email: 'anne@bibliotek.no', code: await secure.latestCodeFor('anne@bibliotek.no') });
      expect(verified.statusCode).toBe(200);
      const cookie = cookieOf(verified, '__Host-hylle_session');
      expect(cookie?.secure).toBe(true);
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Lax');
      expect(cookie?.path).toBe('/');
      expect(cookie?.domain).toBeUndefined();
      expect(cookieOf(verified, 'hylle_session')).toBeUndefined();
      expect(verified.headers['strict-transport-security']).toBeDefined();
      expect((await c.get('/api/me/profile')).statusCode).toBe(200);
    } finally {
      await secure.stop();
    }
  });
});

describe('sessions that are not (or no longer) good', () => {
  it('treats a forged session cookie as signed out and clears it', async () => {
    const c = t.client();
    await c.get('/api/session');
    c.cookies.set('hylle_session', 'forged-token-that-was-never-issued');
    const profile = await c.get('/api/me/profile');
    expectProblem(profile, 401, 'unauthenticated');
    expectCleared(profile, 'hylle_session');
    expect(c.cookies.has('hylle_session')).toBe(false);
    expect((await c.get('/api/session')).json().user).toBeNull();
  });

  it('treats a session as signed out after its 30 days, however busy', async () => {
    const c = await t.signIn('bjorn@bibliotek.no');
    const token = c.cookies.get('hylle_session');
    for (const days of [10, 10, 9]) {
      t.clock.advance(days * DAY);
      expect((await c.get('/api/me/profile')).statusCode).toBe(200);
    }
    t.clock.advance(2 * DAY); // 31 days since sign-in, never idle for long
    const profile = await c.get('/api/me/profile');
    expectProblem(profile, 401, 'unauthenticated');
    expectCleared(profile, 'hylle_session');
    // The old token does not come back to life.
    const again = t.client();
    again.cookies.set('hylle_session', token!);
    expectProblem(await again.get('/api/me/profile'), 401, 'unauthenticated');
  });

  it('treats a session unused for 15 days as signed out; 13 days idle is still fine', async () => {
    const c = await t.signIn('cecilie@bibliotek.no');
    t.clock.advance(13 * DAY);
    expect((await c.get('/api/me/profile')).statusCode).toBe(200);
    t.clock.advance(15 * DAY);
    const profile = await c.get('/api/me/profile');
    expectProblem(profile, 401, 'unauthenticated');
    expectCleared(profile, 'hylle_session');
  });

  it('asks an anonymous visitor to sign in', async () => {
    expectProblem(await t.client().get('/api/me/profile'), 401, 'unauthenticated');
    expect((await t.client().get('/api/session')).json().user).toBeNull();
  });
});

describe('CSRF protection', () => {
  it('refuses a POST or PUT without the CSRF token, and changes nothing', async () => {
    const c = await t.signIn('dag@bibliotek.no');
    const change = { name: 'Hacked', phone: '', newsletter: true };
    expectProblem(await withCsrf(c, null, { method: 'PUT', url: '/api/me/profile', payload: change }), 403, 'csrf_failed');
    expectProblem(await withCsrf(c, null, { method: 'POST', url: '/api/auth/sign-out-everywhere' }), 403, 'csrf_failed');
    const profile = (await c.get('/api/me/profile')).json();
    expect(profile.name).toBe('dag');
    expect(profile.newsletter).toBe(false);
  });

  it('refuses a wrong CSRF token, and changes nothing', async () => {
    const c = await t.signIn('eva@bibliotek.no');
    const change = { name: 'Hacked', phone: '', newsletter: true };
    const wrong = `${c.csrfToken.slice(0, -2)}xx`;
    expectProblem(await withCsrf(c, wrong, { method: 'PUT', url: '/api/me/profile', payload: change }), 403, 'csrf_failed');
    expectProblem(await withCsrf(c, 'short', { method: 'PUT', url: '/api/me/profile', payload: change }), 403, 'csrf_failed');
    // Another browser's valid token is no good either.
    const other = t.client();
    await other.get('/api/session');
    expectProblem(await withCsrf(c, other.csrfToken, { method: 'PUT', url: '/api/me/profile', payload: change }), 403, 'csrf_failed');
    expectProblem(await withCsrf(c, wrong, { method: 'POST', url: '/api/auth/sign-out' }), 403, 'csrf_failed');
    expect((await c.get('/api/me/profile')).json().name).toBe('eva');
    // The right token works: the refusals above were about the token.
    expect((await c.put('/api/me/profile', change)).statusCode).toBe(200);
  });

  it('checks the token whatever way the path is written', async () => {
    const c = await t.signIn('hege@bibliotek.no');
    // %61 is "a": the router decodes it to /api/…, so the check must not look at the raw URL.
    expectProblem(await withCsrf(c, null, { method: 'POST', url: '/%61pi/auth/sign-out-everywhere' }), 403, 'csrf_failed');
    expect((await c.get('/api/me/profile')).statusCode).toBe(200);
  });

  it('refuses asking for a sign-in code without a CSRF cookie, and sends nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/code',
      payload: { email: 'frode@bibliotek.no' },
      headers: { 'x-csrf-token': 'anything' },
    });
    expectProblem(response, 403, 'csrf_failed');
    await t.worker.drain();
    await expect(t.latestCodeFor('frode@bibliotek.no')).rejects.toThrow(/no sign-in code/);
  });
});

describe('signing out', () => {
  it('signs out this browser: the cookie is cleared and the session is over', async () => {
    const c = await t.signIn('frode@bibliotek.no');
    const token = c.cookies.get('hylle_session')!;
    const other = await t.signIn('frode@bibliotek.no');
    const out = await c.post('/api/auth/sign-out');
    expect(out.statusCode).toBe(204);
    expectCleared(out, 'hylle_session');
    expectProblem(await c.get('/api/me/profile'), 401, 'unauthenticated');
    // Replaying the old cookie does not work: the session is gone on the server.
    const replay = t.client();
    replay.cookies.set('hylle_session', token);
    expectProblem(await replay.get('/api/me/profile'), 401, 'unauthenticated');
    // The same person's other device stays signed in.
    expect((await other.get('/api/me/profile')).statusCode).toBe(200);
  });

  it('signs out of all devices', async () => {
    const laptop = await t.signIn('gro@bibliotek.no');
    const phone = await t.signIn('gro@bibliotek.no');
    const someoneElse = await t.signIn('anne@bibliotek.no');
    expect((await phone.get('/api/me/profile')).statusCode).toBe(200);

    const out = await laptop.post('/api/auth/sign-out-everywhere');
    expect(out.statusCode).toBe(204);
    expectCleared(out, 'hylle_session');
    expectProblem(await laptop.get('/api/me/profile'), 401, 'unauthenticated');
    const onPhone = await phone.get('/api/me/profile');
    expectProblem(onPhone, 401, 'unauthenticated');
    expectCleared(onPhone, 'hylle_session');
    expect((await someoneElse.get('/api/me/profile')).statusCode).toBe(200);
  });

  it('asks an anonymous visitor to sign in before signing out everywhere', async () => {
    const c = t.client();
    await c.get('/api/session');
    expectProblem(await c.post('/api/auth/sign-out-everywhere'), 401, 'unauthenticated');
  });
});
