import type { AccountDetail } from '@hylle/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

let t: TestApp;
let north: AccountDetail;
let south: AccountDetail;
let elsewhere: AccountDetail;
/** Liv's browser. Each sign-in asks for a code, and codes per address are rate limited. */
let c: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t);
  // Liv orders for two branches: admin of one, buyer of the other.
  north = await seedAccount(t, staff, {
    name: 'Nordbyen bibliotek',
    admin: { email: 'liv@nordby.no', name: 'Liv Lund' },
  });
  south = await seedAccount(t, staff, {
    name: 'Sørbyen bibliotek',
    admin: { email: 'sara@sorby.no' },
    members: [{ email: 'liv@nordby.no', role: 'buyer' }],
  });
  elsewhere = await seedAccount(t, staff, { name: 'Vestbyen bibliotek', admin: { email: 'vera@vestby.no' } });
  c = await t.signIn('liv@nordby.no');
});
afterAll(() => t.stop());

describe('profile (ACC-10)', () => {
  it('reads the profile', async () => {
    const profile = await c.get('/api/me/profile');
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toEqual({ email: 'liv@nordby.no', name: 'Liv Lund', phone: '', newsletter: false });
  });

  it('updates name, phone and the newsletter choice', async () => {
    const updated = await c.put('/api/me/profile', { name: '  Liv Lunde ', phone: '+47 55 12 34 56', newsletter: true });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toEqual({ email: 'liv@nordby.no', name: 'Liv Lunde', phone: '+47 55 12 34 56', newsletter: true });
    expect((await c.get('/api/me/profile')).json()).toEqual(updated.json());
    // The session shows the new name too.
    expect((await c.get('/api/session')).json().user.name).toBe('Liv Lunde');

    const optedOut = await c.put('/api/me/profile', { name: 'Liv Lunde', phone: '', newsletter: false });
    expect(optedOut.json()).toMatchObject({ phone: '', newsletter: false });
  });

  it('refuses a phone number with letters, or too long, and keeps the old one', async () => {
    await c.put('/api/me/profile', { name: 'Liv Lunde', phone: '(+47) 555-12345', newsletter: true });
    expectProblem(await c.put('/api/me/profile', { name: 'Liv', phone: 'call me', newsletter: false }), 400, 'validation', 'phone');
    expectProblem(await c.put('/api/me/profile', { name: 'Liv', phone: '1'.repeat(31), newsletter: false }), 400, 'validation', 'phone');
    expect((await c.get('/api/me/profile')).json()).toMatchObject({ name: 'Liv Lunde', phone: '(+47) 555-12345', newsletter: true });
  });

  it('refuses an empty name, a missing field and a change of e-mail', async () => {
    expectProblem(await c.put('/api/me/profile', { name: '   ', phone: '', newsletter: false }), 400, 'validation', 'name');
    expectProblem(await c.put('/api/me/profile', { name: 'Liv', phone: '' }), 400, 'validation', 'newsletter');
    const emailChange = await c.put('/api/me/profile', { name: 'Liv', phone: '', newsletter: false, email: 'x@evil.example' });
    expectProblem(emailChange, 400, 'validation');
    expect((await c.get('/api/me/profile')).json()).toMatchObject({ email: 'liv@nordby.no', name: 'Liv Lunde' });
  });

  it('changes only the signed-in person', async () => {
    const sara = await t.signIn('sara@sorby.no');
    expect((await sara.get('/api/me/profile')).json()).toEqual({ email: 'sara@sorby.no', name: 'sara', phone: '', newsletter: false });
  });
});

describe('switching account', () => {
  it('lists both memberships, and the current account decides what /api/account shows', async () => {
    const session = (await c.get('/api/session')).json();
    expect(session.memberships.map((m: { accountId: string }) => m.accountId).sort()).toEqual([north.id, south.id].sort());
    const asBuyer = session.memberships.find((m: { accountId: string }) => m.accountId === south.id);
    expect(asBuyer).toMatchObject({ role: 'buyer', customerNumber: null });

    const toSouth = await c.put('/api/session/account', { accountId: south.id });
    expect(toSouth.statusCode).toBe(200);
    expect(toSouth.json().currentAccountId).toBe(south.id);
    expect((await c.get('/api/session')).json().currentAccountId).toBe(south.id);
    expect((await c.get('/api/account')).json()).toMatchObject({ id: south.id, name: 'Sørbyen bibliotek', role: 'buyer', customerNumber: null });
    expectProblem(await c.get('/api/account/members'), 403, 'forbidden');

    const toNorth = await c.put('/api/session/account', { accountId: north.id });
    expect(toNorth.statusCode).toBe(200);
    expect((await c.get('/api/account')).json()).toMatchObject({
      id: north.id,
      role: 'admin',
      customerNumber: north.customerNumber,
    });
    expect((await c.get('/api/account/members')).statusCode).toBe(200);
  });

  it('keeps the choice per session: another device keeps its own account', async () => {
    const laptop = await t.signIn('liv@nordby.no');
    const tablet = await t.signIn('liv@nordby.no');
    await laptop.put('/api/session/account', { accountId: south.id });
    await tablet.put('/api/session/account', { accountId: north.id });
    expect((await laptop.get('/api/account')).json().id).toBe(south.id);
    expect((await tablet.get('/api/account')).json().id).toBe(north.id);
  });

  it('answers 404 for an account one is not a member of, and stays where it was', async () => {
    await c.put('/api/session/account', { accountId: north.id });
    expectProblem(await c.put('/api/session/account', { accountId: elsewhere.id }), 404, 'not_found');
    expectProblem(await c.put('/api/session/account', { accountId: '00000000-0000-4000-8000-000000000000' }), 404, 'not_found');
    expect((await c.get('/api/session')).json().currentAccountId).toBe(north.id);
    expect((await c.get('/api/account')).json().id).toBe(north.id);
  });

  it('refuses a malformed account id and an anonymous switch', async () => {
    expectProblem(await c.put('/api/session/account', { accountId: 'not-a-uuid' }), 400, 'validation', 'accountId');
    const anonymous = t.client();
    await anonymous.get('/api/session');
    expectProblem(await anonymous.put('/api/session/account', { accountId: north.id }), 401, 'unauthenticated');
  });

  it('never moves a change to another account when access to the chosen one ends', async () => {
    // Per lives in two accounts and works in Sørbyen when Sørbyen's admin removes him.
    const sara = await t.signIn('sara@sorby.no');
    await sara.post('/api/account/members', { email: 'per@vestby.no', name: 'Per', role: 'buyer' });
    const vera = await t.signIn('vera@vestby.no');
    await vera.post('/api/account/members', { email: 'per@vestby.no', name: 'Per', role: 'admin' });
    const per = await t.signIn('per@vestby.no');
    await per.put('/api/session/account', { accountId: south.id });
    expect((await per.get('/api/account')).json().id).toBe(south.id);
    const members = (await sara.get('/api/account/members')).json() as { email: string; userId: string }[];
    const perId = members.find((m) => m.email === 'per@vestby.no')?.userId;
    expect((await sara.delete(`/api/account/members/${perId}`)).statusCode).toBe(204);

    // The request meant for Sørbyen is refused; it does not land on Vestbyen.
    const before = (await vera.get('/api/account/delivery-addresses')).json();
    expectProblem(
      await per.post('/api/account/delivery-addresses', { label: 'Feil sted', line1: 'Gate 1', postalCode: '0150', city: 'Oslo', country: 'NO' }),
      409,
      'account_changed',
    );
    expect((await vera.get('/api/account/delivery-addresses')).json()).toEqual(before);

    // The session view then moves him, visibly, to the account he still has.
    const session = (await per.get('/api/session')).json();
    expect(session.currentAccountId).toBe(elsewhere.id);
    expect((await per.get('/api/account')).json().id).toBe(elsewhere.id);
  });
});
