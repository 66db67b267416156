import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { insertUser } from './users.repo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.database.db.transaction((tx) => insertUser(tx, { email: 'anne@bibliotek.no', name: 'Anne' }));
});
afterAll(() => t.stop());

describe('sign-in by one-time code', () => {
  it('signs in with the mailed code', async () => {
    const c = await t.signIn('anne@bibliotek.no');
    const session = (await c.get('/api/session')).json();
    expect(session.user.email).toBe('anne@bibliotek.no');
  });
});
