import type { AccountDetail } from '@hylle/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAddress, expectProblem, mailsTo, memberId, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

/**
 * DESIGN §5.8: every query of customer data is scoped by the caller's account. An admin
 * of A who knows (or guesses) the ids of B gets nothing and changes nothing: the answer
 * is 404, the same as for an id that does not exist, so it does not even confirm B's ids.
 */
let t: TestApp;
let a: AccountDetail;
let b: AccountDetail;
let adminOfA: TestClient;
let staff: TestClient;
let bBefore: AccountDetail;

const unknownId = '00000000-0000-4000-8000-000000000000';

async function bNow(): Promise<AccountDetail> {
  const response = await staff.get(`/api/backoffice/accounts/${b.id}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await startTestApp();
  const staffActor = await seedStaff(t);
  a = await seedAccount(t, staffActor, {
    name: 'A-byen bibliotek',
    admin: { email: 'anna@a-byen.no' },
    members: [{ email: 'arne@a-byen.no', role: 'buyer' }],
    addresses: [anAddress('A hovedbibliotek')],
    customerReference: 'A-REF',
  });
  b = await seedAccount(t, staffActor, {
    name: 'B-byen bibliotek',
    admin: { email: 'berit@b-byen.no' },
    members: [{ email: 'bo@b-byen.no', role: 'buyer' }],
    addresses: [anAddress('B hovedbibliotek', 'Bø'), anAddress('B filial', 'Bø')],
    customerReference: 'B-REF',
  });
  adminOfA = await t.signIn('anna@a-byen.no');
  staff = await t.signIn(staffActor.email);
  bBefore = await bNow();
});
afterAll(() => t.stop());

describe('account isolation (DESIGN §5.8)', () => {
  it('shows A’s admin only A: company, addresses, members', async () => {
    const info = (await adminOfA.get('/api/account')).json();
    expect(info.id).toBe(a.id);
    const addresses = (await adminOfA.get('/api/account/delivery-addresses')).json() as { id: string }[];
    expect(addresses.map((x) => x.id)).toEqual(a.deliveryAddresses.map((x) => x.id));
    const members = (await adminOfA.get('/api/account/members')).json() as { userId: string }[];
    expect(members.map((m) => m.userId).sort()).toEqual(a.members.map((m) => m.userId).sort());
    const everything = JSON.stringify([info, addresses, members, (await adminOfA.get('/api/session')).json()]);
    for (const secret of [b.id, b.customerNumber, 'B-REF', 'B-byen', 'berit@b-byen.no', ...b.deliveryAddresses.map((x) => x.id)]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('answers 404 to editing or removing B’s delivery address, as for an unknown id, and B’s stays', async () => {
    for (const address of b.deliveryAddresses) {
      const edit = await adminOfA.put(`/api/account/delivery-addresses/${address.id}`, anAddress('Taken over', 'A-byen'));
      expectProblem(edit, 404, 'not_found');
      expectProblem(await adminOfA.delete(`/api/account/delivery-addresses/${address.id}`), 404, 'not_found');
    }
    const unknown = await adminOfA.put(`/api/account/delivery-addresses/${unknownId}`, anAddress('X'));
    expectProblem(unknown, 404, 'not_found');
    expect((await bNow()).deliveryAddresses).toEqual(bBefore.deliveryAddresses);
    // Nor did the attempt land in A.
    const aLabels = ((await adminOfA.get('/api/account/delivery-addresses')).json() as { label: string }[]).map((x) => x.label);
    expect(aLabels).toEqual(['A hovedbibliotek']);
  });

  it('answers 404 to changing the role of or removing B’s members, and B’s members stay', async () => {
    for (const email of ['berit@b-byen.no', 'bo@b-byen.no']) {
      const userId = memberId(b, email);
      expectProblem(await adminOfA.put(`/api/account/members/${userId}`, { role: 'buyer' }), 404, 'not_found');
      expectProblem(await adminOfA.put(`/api/account/members/${userId}`, { role: 'admin' }), 404, 'not_found');
      expectProblem(await adminOfA.delete(`/api/account/members/${userId}`), 404, 'not_found');
    }
    expectProblem(await adminOfA.delete(`/api/account/members/${unknownId}`), 404, 'not_found');
    expect((await bNow()).members).toEqual(bBefore.members);
    // B's admin still runs B.
    const berit = await t.signIn('berit@b-byen.no');
    expect((await berit.get('/api/account')).json()).toMatchObject({ id: b.id, role: 'admin' });
  });

  it('answers 404 to switching to B, and A stays the current account', async () => {
    expectProblem(await adminOfA.put('/api/session/account', { accountId: b.id }), 404, 'not_found');
    const unknown = await adminOfA.put('/api/session/account', { accountId: unknownId });
    expectProblem(unknown, 404, 'not_found');
    expect((await adminOfA.get('/api/session')).json().currentAccountId).toBe(a.id);
    expect((await adminOfA.get('/api/account')).json().id).toBe(a.id);
    expect((await adminOfA.get('/api/account/delivery-addresses')).json()).toHaveLength(1);
  });

  it('keeps a change of A’s data in A', async () => {
    expect((await adminOfA.put('/api/account/postal-address', { postalAddress: { line1: 'Ny vei 1', postalCode: '1234', city: 'A-byen', country: 'NO' } })).statusCode).toBe(200);
    expect((await adminOfA.post('/api/account/delivery-addresses', anAddress('A filial'))).statusCode).toBe(201);
    const invited = await adminOfA.post('/api/account/members', { email: 'alf@a-byen.no', name: 'Alf', role: 'buyer' });
    expect(invited.statusCode).toBe(201);
    expect(await bNow()).toEqual(bBefore);
  });

  it('answers 404, not 500, to malformed ids', async () => {
    for (const bad of ['not-a-uuid', '123', `${b.deliveryAddresses[0]!.id}x`, "1' OR '1'='1"]) {
      const id = encodeURIComponent(bad);
      expectProblem(await adminOfA.put(`/api/account/delivery-addresses/${id}`, anAddress('X')), 404, 'not_found');
      expectProblem(await adminOfA.delete(`/api/account/delivery-addresses/${id}`), 404, 'not_found');
      expectProblem(await adminOfA.put(`/api/account/members/${id}`, { role: 'admin' }), 404, 'not_found');
      expectProblem(await adminOfA.delete(`/api/account/members/${id}`), 404, 'not_found');
      expectProblem(await staff.get(`/api/backoffice/accounts/${id}`), 404, 'not_found');
      expectProblem(await staff.delete(`/api/backoffice/accounts/${b.id}/members/${id}`), 404, 'not_found');
      expectProblem(await staff.put(`/api/backoffice/accounts/${b.id}/delivery-addresses/${id}`, anAddress('X')), 404, 'not_found');
    }
    expect(await bNow()).toEqual(bBefore);
  });

  it('mailed nobody in B about any of it', async () => {
    expect(await mailsTo(t, 'bo@b-byen.no')).toHaveLength(1); // the invitation when B was set up
  });
});
