import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../modules/identity/index.ts';
import { startTestApp, type TestApp } from '../test-support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.database.db.transaction((tx) => insertUser(tx, { email: 'tone@bibliotek.no', name: 'Tone' }));
});
afterAll(() => t.stop());

const count = async (table: string) =>
  (await t.database.db.execute<{ n: number }>(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))).rows[0]?.n ?? 0;

describe('housekeeping', () => {
  it('forgets ended sessions, old codes, stale counters and old finished jobs, and keeps what is live', async () => {
    const old = await t.signIn('tone@bibliotek.no');
    // Codes to unknown addresses are written too (so nobody learns who has a user).
    await old.post('/api/auth/code', { email: 'nobody@bibliotek.no' });
    expect(await count('sessions')).toBe(1);
    expect(await count('sign_in_codes')).toBe(2);
    expect(await count('rate_limits')).toBeGreaterThan(0);

    t.clock.advance(31 * 24 * 3600_000);
    const current = await t.signIn('tone@bibliotek.no');
    await t.housekeep();

    expect(await count('sessions')).toBe(1);
    expect((await current.get('/api/me/profile')).statusCode).toBe(200);
    expect(await count('sign_in_codes')).toBe(1);
    const staleCounters = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM rate_limits WHERE window_start < ${new Date(t.clock.now().getTime() - 24 * 3600_000)}`,
    );
    expect(staleCounters.rows[0]?.n).toBe(0);
    const oldDone = await t.database.db.execute<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM jobs WHERE status = 'done' AND finished_at < ${new Date(t.clock.now().getTime() - 30 * 24 * 3600_000)}`,
    );
    expect(oldDone.rows[0]?.n).toBe(0);
    expect(await count('jobs')).toBeGreaterThan(0); // the mail of the latest sign-in stays
  });
});
