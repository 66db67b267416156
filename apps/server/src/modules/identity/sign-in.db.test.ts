import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, mailsTo } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { CODES_PER_IP } from './request-sign-in-code.ts';
import { insertUser } from './users.repo.ts';
import { VERIFY_PER_IP } from './verify-sign-in-code.ts';

const MINUTE = 60_000;

let t: TestApp;
const people = ['anne', 'bjorn', 'cecilie', 'dag', 'eva', 'frode', 'gro', 'hans', 'ida', 'jon', 'kari'];
const email = (name: string) => `${name}@bibliotek.no`;

beforeAll(async () => {
  t = await startTestApp();
  await t.database.db.transaction(async (tx) => {
    for (const name of people) await insertUser(tx, { email: email(name), name });
  });
});
afterAll(() => t.stop());

/** A fresh browser that has loaded the app (and so holds a CSRF token). */
async function browser(ip?: string): Promise<TestClient> {
  const c = t.client(ip ? { ip } : {});
  await c.get('/api/session');
  return c;
}

const wrongCodeFor = (right: string) => (right === '000000' ? '111111' : '000000');

async function sessionCount(userEmail: string): Promise<number> {
  const result = await t.database.db.execute<{ n: number }>(
    sql`SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = ${userEmail}`,
  );
  return result.rows[0]?.n ?? 0;
}

describe('sign-in by one-time code (ACC-3)', () => {
  it('signs in with the mailed code', async () => {
    const c = await t.signIn(email('anne'));
    const session = (await c.get('/api/session')).json();
    expect(session.user.email).toBe(email('anne'));
    expect((await c.get('/api/me/profile')).statusCode).toBe(200);
  });

  it('treats the address case-insensitively and ignores surrounding spaces', async () => {
    const c = await browser();
    expect((await c.post('/api/auth/code', { email: '  Jon@Bibliotek.NO ' })).statusCode).toBe(202);
    const code = await t.latestCodeFor(email('jon'));
    const verified = await c.post('/api/auth/verify', { email: 'JON@bibliotek.no', code });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().user.email).toBe(email('jon'));
  });

  it('refuses a malformed e-mail address, naming the field', async () => {
    const c = await browser();
    for (const bad of ['not-an-address', '', 'anne@', '@bibliotek.no']) {
      expectProblem(await c.post('/api/auth/code', { email: bad }), 400, 'validation', 'email');
    }
    expectProblem(await c.post('/api/auth/code', {}), 400, 'validation', 'email');
  });

  it('answers an unknown address exactly as a known one, and mails nobody', async () => {
    const c = await browser();
    const known = await c.post('/api/auth/code', { email: email('bjorn') });
    const unknown = await c.post('/api/auth/code', { email: 'nobody@bibliotek.no' });
    expect(unknown.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(unknown.headers['content-type']).toBe(known.headers['content-type']);
    expect(unknown.headers['set-cookie']).toEqual(known.headers['set-cookie']);

    expect(await mailsTo(t, 'nobody@bibliotek.no')).toHaveLength(0);
    const jobs = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM jobs WHERE payload->>'to' = 'nobody@bibliotek.no'`);
    expect(jobs.rows[0]?.n).toBe(0);
    expect(await mailsTo(t, email('bjorn'))).toHaveLength(1);
    // And no code, however guessed, signs the unknown address in.
    expectProblem(await c.post('/api/auth/verify', { email: 'nobody@bibliotek.no', code: '123456' }), 400, 'code_invalid', 'code');
  });

  it('refuses a wrong code, without a session, and still takes the right one after', async () => {
    const c = await browser();
    await c.post('/api/auth/code', { email: email('cecilie') });
    const right = await t.latestCodeFor(email('cecilie'));
    const wrong = await c.post('/api/auth/verify', { email: email('cecilie'), code: wrongCodeFor(right) });
    expectProblem(wrong, 400, 'code_invalid', 'code');
    expect(wrong.cookies.find((k) => k.name === 'hylle_session')).toBeUndefined();
    expectProblem(await c.get('/api/me/profile'), 401, 'unauthenticated');
    expect(await sessionCount(email('cecilie'))).toBe(0);

    expect((await c.post('/api/auth/verify', { email: email('cecilie'), code: right })).statusCode).toBe(200);
    expect((await c.get('/api/me/profile')).statusCode).toBe(200);
  });

  it('refuses a code that is not six digits', async () => {
    const c = await browser();
    expectProblem(await c.post('/api/auth/verify', { email: email('cecilie'), code: '12345' }), 400, 'validation', 'code');
    expectProblem(await c.post('/api/auth/verify', { email: email('cecilie'), code: 'abcdef' }), 400, 'validation', 'code');
  });

  it('refuses an expired code: codes live 10 minutes', async () => {
    const c = await browser();
    await c.post('/api/auth/code', { email: email('dag') });
    const code = await t.latestCodeFor(email('dag'));
    t.clock.advance(10 * MINUTE + 1000);
    expectProblem(await c.post('/api/auth/verify', { email: email('dag'), code }), 400, 'code_expired', 'code');
    expect(await sessionCount(email('dag'))).toBe(0);
  });

  it('takes a code just inside its 10 minutes', async () => {
    const c = await browser();
    await c.post('/api/auth/code', { email: email('dag') });
    const code = await t.latestCodeFor(email('dag'));
    t.clock.advance(10 * MINUTE - 1000);
    expect((await c.post('/api/auth/verify', { email: email('dag'), code })).statusCode).toBe(200);
  });

  it('refuses a code used once already', async () => {
    const first = await browser();
    await first.post('/api/auth/code', { email: email('eva') });
    const code = await t.latestCodeFor(email('eva'));
    expect((await first.post('/api/auth/verify', { email: email('eva'), code })).statusCode).toBe(200);

    const second = await browser();
    expectProblem(await second.post('/api/auth/verify', { email: email('eva'), code }), 400, 'code_invalid', 'code');
    expectProblem(await second.get('/api/me/profile'), 401, 'unauthenticated');
    expect(await sessionCount(email('eva'))).toBe(1);
  });

  it('locks the code after 5 wrong tries: the 6th is refused even with the right code', async () => {
    const c = await browser();
    await c.post('/api/auth/code', { email: email('frode') });
    const right = await t.latestCodeFor(email('frode'));
    const wrong = wrongCodeFor(right);
    for (let i = 1; i <= 4; i++) {
      expectProblem(await c.post('/api/auth/verify', { email: email('frode'), code: wrong }), 400, 'code_invalid');
    }
    expectProblem(await c.post('/api/auth/verify', { email: email('frode'), code: wrong }), 400, 'code_locked');
    expectProblem(await c.post('/api/auth/verify', { email: email('frode'), code: right }), 400, 'code_locked');
    expectProblem(await c.get('/api/me/profile'), 401, 'unauthenticated');
    expect(await sessionCount(email('frode'))).toBe(0);

    // A new code starts afresh.
    await c.post('/api/auth/code', { email: email('frode') });
    const fresh = await t.latestCodeFor(email('frode'));
    expect((await c.post('/api/auth/verify', { email: email('frode'), code: fresh })).statusCode).toBe(200);
  });

  it('stops taking codes for an address after 20 wrong ones in a day, across codes, until the day has passed', async () => {
    const c = await browser('198.51.100.20');
    for (let round = 0; round < 4; round++) {
      await c.post('/api/auth/code', { email: email('kari') });
      const wrong = wrongCodeFor(await t.latestCodeFor(email('kari')));
      for (let i = 0; i < 5; i++) await c.post('/api/auth/verify', { email: email('kari'), code: wrong });
    }
    await c.post('/api/auth/code', { email: email('kari') });
    const right = await t.latestCodeFor(email('kari'));
    expectProblem(await c.post('/api/auth/verify', { email: email('kari'), code: right }), 429, 'too_many_wrong_codes', 'code');
    expect(await sessionCount(email('kari'))).toBe(0);

    t.clock.advance(24 * 60 * MINUTE + MINUTE);
    await c.post('/api/auth/code', { email: email('kari') });
    const fresh = await t.latestCodeFor(email('kari'));
    expect((await c.post('/api/auth/verify', { email: email('kari'), code: fresh })).statusCode).toBe(200);
  });

  it('stores codes hashed, never in clear', async () => {
    const c = await browser();
    await c.post('/api/auth/code', { email: email('gro') });
    const code = await t.latestCodeFor(email('gro'));
    const rows = await t.database.db.execute<Record<string, unknown>>(sql`SELECT * FROM sign_in_codes`);
    expect(rows.rows.length).toBeGreaterThan(0);
    for (const row of rows.rows) expect(JSON.stringify(row)).not.toContain(code);
    const mine = await t.database.db.execute<{ code_hash: string }>(
      sql`SELECT code_hash FROM sign_in_codes WHERE email = ${email('gro')}`,
    );
    expect(mine.rows).toHaveLength(1);
    expect(mine.rows[0]?.code_hash.length).toBeGreaterThan(20);
  });

  it('lets a new code replace the previous one', async () => {
    const c = await browser();
    await c.post('/api/auth/code', { email: email('hans') });
    const first = await t.latestCodeFor(email('hans'));
    // Asked for again at the same instant: a double click.
    await c.post('/api/auth/code', { email: email('hans') });
    const second = await t.latestCodeFor(email('hans'));
    expect((await mailsTo(t, email('hans'))).length).toBe(2);

    if (first !== second) {
      expectProblem(await c.post('/api/auth/verify', { email: email('hans'), code: first }), 400, 'code_invalid');
    }
    expect((await c.post('/api/auth/verify', { email: email('hans'), code: second })).statusCode).toBe(200);
  });

  it('lets a new code asked for later replace the previous one', async () => {
    const c = await browser();
    await c.post('/api/auth/code', { email: email('hans') });
    const first = await t.latestCodeFor(email('hans'));
    t.clock.advance(MINUTE);
    await c.post('/api/auth/code', { email: email('hans') });
    const second = await t.latestCodeFor(email('hans'));
    if (first !== second) {
      expectProblem(await c.post('/api/auth/verify', { email: email('hans'), code: first }), 400, 'code_invalid');
    }
    expect((await c.post('/api/auth/verify', { email: email('hans'), code: second })).statusCode).toBe(200);
  });
});

describe('rate limits on sign-in codes', () => {
  it('refuses the 6th code for one address within 15 minutes, and allows it again after', async () => {
    t.clock.advance(15 * MINUTE); // a fresh window
    const c = await browser();
    for (let i = 1; i <= 5; i++) expect((await c.post('/api/auth/code', { email: email('ida') })).statusCode).toBe(202);
    expectProblem(await c.post('/api/auth/code', { email: email('ida') }), 429, 'rate_limited');
    // From another address too: the limit is the address's, not the browser's.
    expectProblem(await (await browser()).post('/api/auth/code', { email: email('ida') }), 429, 'rate_limited');
    expect(await mailsTo(t, email('ida'))).toHaveLength(5);
    // An unknown address is limited the same way, so the limit tells nobody who has a user.
    for (let i = 1; i <= 5; i++) expect((await c.post('/api/auth/code', { email: 'ghost@bibliotek.no' })).statusCode).toBe(202);
    expectProblem(await c.post('/api/auth/code', { email: 'ghost@bibliotek.no' }), 429, 'rate_limited');

    t.clock.advance(15 * MINUTE);
    expect((await c.post('/api/auth/code', { email: email('ida') })).statusCode).toBe(202);
  });

  it('counts the 15 minutes from the requests themselves, not from the clock face', async () => {
    // Five codes just before a quarter past, a sixth two minutes later: still within 15 minutes.
    t.clock.set(new Date('2031-03-03T10:14:00Z'));
    const c = await browser();
    for (let i = 1; i <= 5; i++) expect((await c.post('/api/auth/code', { email: email('jon') })).statusCode).toBe(202);
    t.clock.advance(2 * MINUTE);
    expectProblem(await c.post('/api/auth/code', { email: email('jon') }), 429, 'rate_limited');
    t.clock.advance(12 * MINUTE); // 14 minutes after the first five
    expectProblem(await c.post('/api/auth/code', { email: email('jon') }), 429, 'rate_limited');
    t.clock.advance(MINUTE + 1000); // 15 minutes and a second after them: they no longer count
    expect((await c.post('/api/auth/code', { email: email('jon') })).statusCode).toBe(202);
  });

  it('counts requests that arrive at the same time one by one', async () => {
    t.clock.advance(15 * MINUTE);
    const clients = await Promise.all(Array.from({ length: 8 }, () => browser()));
    const answers = await Promise.all(clients.map((c) => c.post('/api/auth/code', { email: email('gro') })));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([202, 202, 202, 202, 202, 429, 429, 429]);
  });

  it(`refuses more than ${CODES_PER_IP.limit} codes from one IP address within 15 minutes`, async () => {
    t.clock.advance(15 * MINUTE);
    const c = await browser('192.0.2.7');
    for (let i = 1; i <= CODES_PER_IP.limit; i++) {
      expect((await c.post('/api/auth/code', { email: `visitor${i}@bibliotek.no` })).statusCode).toBe(202);
    }
    expectProblem(await c.post('/api/auth/code', { email: email('jon') }), 429, 'rate_limited');
    // Another IP address is not held up.
    expect((await (await browser('192.0.2.8')).post('/api/auth/code', { email: email('jon') })).statusCode).toBe(202);
  });

  it(`refuses more than ${VERIFY_PER_IP.limit} code checks from one IP address within 15 minutes`, async () => {
    t.clock.advance(15 * MINUTE);
    const c = await browser('192.0.2.9');
    for (let i = 1; i <= VERIFY_PER_IP.limit; i++) {
      const r = await c.post('/api/auth/verify', { email: `guess${i}@bibliotek.no`, code: '123456' });
      expect(r.json().code).toBe('code_invalid');
    }
    await c.post('/api/auth/code', { email: email('jon') });
    const code = await t.latestCodeFor(email('jon'));
    expectProblem(await c.post('/api/auth/verify', { email: email('jon'), code }), 429, 'rate_limited');
  });
});
