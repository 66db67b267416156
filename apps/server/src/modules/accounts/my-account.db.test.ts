import type { AccountDetail } from '@hylle/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAddress, expectProblem, mailsTo, memberId, seedAccount, seedStaff, type StaffActor } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

let t: TestApp;
let staff: StaffActor;
let library: AccountDetail;
let admin: TestClient;
let buyer: TestClient;
let staffClient: TestClient;

beforeAll(async () => {
  t = await startTestApp();
  staff = await seedStaff(t);
  library = await seedAccount(t, staff, {
    name: 'Fjordby bibliotek',
    admin: { email: 'anne@fjordby.no', name: 'Anne Admin' },
    members: [{ email: 'bjorn@fjordby.no', name: 'Bjørn Buyer', role: 'buyer' }],
    addresses: [anAddress('Hovedbiblioteket'), anAddress('Filial Nord')],
  });
  admin = await t.signIn('anne@fjordby.no');
  buyer = await t.signIn('bjorn@fjordby.no');
  staffClient = await t.signIn(staff.email);
});
afterAll(() => t.stop());

/** The account as staff see it: the truth to check that a refused change changed nothing. */
async function asStaff(accountId = library.id): Promise<AccountDetail> {
  const response = await staffClient.get(`/api/backoffice/accounts/${accountId}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

const postal = { line1: 'Postboks 12', line2: 'Sentrum', postalCode: '5804', city: 'Bergen', country: 'no' };

describe('company information (ACC-6)', () => {
  it('shows the admin the customer number and the company data', async () => {
    const info = await admin.get('/api/account');
    expect(info.statusCode).toBe(200);
    expect(info.json()).toMatchObject({
      id: library.id,
      name: 'Fjordby bibliotek',
      customerNumber: library.customerNumber,
      organisationNumber: library.organisationNumber,
      role: 'admin',
    });
    expect(library.customerNumber).toMatch(/^\d{6}$/);
  });

  it('shows a buyer the company but not the customer number', async () => {
    const info = await buyer.get('/api/account');
    expect(info.statusCode).toBe(200);
    expect(info.json()).toMatchObject({ id: library.id, name: 'Fjordby bibliotek', customerNumber: null, role: 'buyer' });
    const membership = (await buyer.get('/api/session')).json().memberships[0];
    expect(membership.customerNumber).toBeNull();
  });

  it('lets the admin change the postal address', async () => {
    const changed = await admin.put('/api/account/postal-address', { postalAddress: postal });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().postalAddress).toEqual({ ...postal, country: 'NO' });
    expect((await admin.get('/api/account')).json().postalAddress).toEqual({ ...postal, country: 'NO' });
    expect((await asStaff()).postalAddress).toEqual({ ...postal, country: 'NO' });
  });

  it('refuses a buyer changing the postal address, and changes nothing', async () => {
    const before = await asStaff();
    const attempt = await buyer.put('/api/account/postal-address', { postalAddress: { ...postal, line1: 'Buyer street 1' } });
    expectProblem(attempt, 403, 'forbidden');
    expect((await asStaff()).postalAddress).toEqual(before.postalAddress);
  });

  it('refuses an incomplete postal address, naming the field', async () => {
    const before = await asStaff();
    expectProblem(await admin.put('/api/account/postal-address', { postalAddress: { ...postal, city: '' } }), 400, 'validation', 'postalAddress.city');
    expectProblem(await admin.put('/api/account/postal-address', { postalAddress: { ...postal, country: 'NOR' } }), 400, 'validation', 'postalAddress.country');
    expect((await asStaff()).postalAddress).toEqual(before.postalAddress);
  });

  it('asks an anonymous visitor to sign in', async () => {
    expectProblem(await t.client().get('/api/account'), 401, 'unauthenticated');
  });
});

describe('delivery addresses (ACC-7)', () => {
  const labels = (list: { label: string }[]) => list.map((a) => a.label).sort();

  it('lists the addresses to every member, buyers included', async () => {
    for (const c of [admin, buyer]) {
      const list = await c.get('/api/account/delivery-addresses');
      expect(list.statusCode).toBe(200);
      expect(labels(list.json())).toEqual(['Filial Nord', 'Hovedbiblioteket']);
    }
  });

  it('lets the admin add, edit and remove an address', async () => {
    const added = await admin.post('/api/account/delivery-addresses', anAddress('Filial Sør', 'Os'));
    expect(added.statusCode).toBe(201);
    const id = added.json().id as string;
    expect(added.json()).toMatchObject({ label: 'Filial Sør', city: 'Os', country: 'NO' });
    expect(labels((await buyer.get('/api/account/delivery-addresses')).json())).toContain('Filial Sør');

    const edited = await admin.put(`/api/account/delivery-addresses/${id}`, { ...anAddress('Filial Sør', 'Osøyro'), recipient: 'Innkjøp' });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ id, city: 'Osøyro', recipient: 'Innkjøp' });
    const listed = (await admin.get('/api/account/delivery-addresses')).json().find((a: { id: string }) => a.id === id);
    expect(listed).toMatchObject({ city: 'Osøyro', recipient: 'Innkjøp' });

    expect((await admin.delete(`/api/account/delivery-addresses/${id}`)).statusCode).toBe(204);
    const after = (await admin.get('/api/account/delivery-addresses')).json();
    expect(after.map((a: { id: string }) => a.id)).not.toContain(id);
    expect(labels(after)).toEqual(['Filial Nord', 'Hovedbiblioteket']);
    // A removed address can be neither edited nor removed again.
    expectProblem(await admin.put(`/api/account/delivery-addresses/${id}`, anAddress('Back')), 404, 'not_found');
    expectProblem(await admin.delete(`/api/account/delivery-addresses/${id}`), 404, 'not_found');
  });

  it('refuses an address without a label or postal code', async () => {
    const before = await asStaff();
    expectProblem(await admin.post('/api/account/delivery-addresses', { ...anAddress('x'), label: '' }), 400, 'validation', 'label');
    expectProblem(await admin.post('/api/account/delivery-addresses', { ...anAddress('x'), postalCode: '' }), 400, 'validation', 'postalCode');
    expect((await asStaff()).deliveryAddresses).toEqual(before.deliveryAddresses);
  });

  it('refuses a buyer adding, editing or removing an address, and changes nothing', async () => {
    const before = await asStaff();
    const target = before.deliveryAddresses[0]!;
    expectProblem(await buyer.post('/api/account/delivery-addresses', anAddress('Buyer’s own')), 403, 'forbidden');
    expectProblem(await buyer.put(`/api/account/delivery-addresses/${target.id}`, anAddress('Renamed')), 403, 'forbidden');
    expectProblem(await buyer.delete(`/api/account/delivery-addresses/${target.id}`), 403, 'forbidden');
    expect((await asStaff()).deliveryAddresses).toEqual(before.deliveryAddresses);
  });

  it('where customer service manages addresses, refuses the admin but lets staff', async () => {
    const store = await startTestApp({ HYLLE_CUSTOMER_MANAGES_DELIVERY_ADDRESSES: 'false' });
    try {
      const storeStaff = await seedStaff(store);
      const account = await seedAccount(store, storeStaff, {
        name: 'Kystby bibliotek',
        admin: { email: 'kari@kystby.no' },
        members: [{ email: 'kjell@kystby.no', role: 'buyer' }],
        addresses: [anAddress('Hovedbiblioteket')],
      });
      const existing = account.deliveryAddresses[0]!;
      const kari = await store.signIn('kari@kystby.no');
      expect((await kari.get('/api/session')).json().store.customerManagesDeliveryAddresses).toBe(false);
      expect((await kari.get('/api/account/delivery-addresses')).json()).toHaveLength(1);
      expectProblem(await kari.post('/api/account/delivery-addresses', anAddress('Ny filial')), 400, 'addresses_by_customer_service');
      expectProblem(await kari.put(`/api/account/delivery-addresses/${existing.id}`, anAddress('Endret')), 400, 'addresses_by_customer_service');
      expectProblem(await kari.delete(`/api/account/delivery-addresses/${existing.id}`), 400, 'addresses_by_customer_service');
      const kjell = await store.signIn('kjell@kystby.no');
      expectProblem(await kjell.post('/api/account/delivery-addresses', anAddress('Ny filial')), 403, 'forbidden');

      const staffOfStore = await store.signIn(storeStaff.email);
      const added = await staffOfStore.post(`/api/backoffice/accounts/${account.id}/delivery-addresses`, anAddress('Ny filial'));
      expect(added.statusCode).toBe(201);
      const edited = await staffOfStore.put(`/api/backoffice/accounts/${account.id}/delivery-addresses/${existing.id}`, anAddress('Endret'));
      expect(edited.statusCode).toBe(200);
      const list = (await kari.get('/api/account/delivery-addresses')).json();
      expect(labels(list)).toEqual(['Endret', 'Ny filial']);
    } finally {
      await store.stop();
    }
  });
});

describe('users of the account (ACC-4)', () => {
  it('lists the members to the admin', async () => {
    const members = await admin.get('/api/account/members');
    expect(members.statusCode).toBe(200);
    expect(members.json()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ email: 'anne@fjordby.no', role: 'admin' }),
        expect.objectContaining({ email: 'bjorn@fjordby.no', role: 'buyer' }),
      ]),
    );
  });

  it('invites a colleague, who is mailed, signs in and sees the account', async () => {
    const invited = await admin.post('/api/account/members', { email: ' Cecilie@Fjordby.no ', name: 'Cecilie', role: 'buyer' });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ email: 'cecilie@fjordby.no', name: 'Cecilie', role: 'buyer' });

    const mails = await mailsTo(t, 'cecilie@fjordby.no');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('Fjordby bibliotek');
    expect(mails[0]!.text).toContain('anne@fjordby.no');
    expect(mails[0]!.text).toContain('/logg-inn');

    const cecilie = await t.signIn('cecilie@fjordby.no');
    expect((await cecilie.get('/api/account')).json()).toMatchObject({ id: library.id, role: 'buyer' });
    expect((await cecilie.get('/api/account/delivery-addresses')).statusCode).toBe(200);
    expect((await admin.get('/api/account/members')).json().map((m: { email: string }) => m.email)).toContain('cecilie@fjordby.no');
  });

  it('refuses inviting someone who is already a member (409 already_member)', async () => {
    const before = await asStaff();
    expectProblem(await admin.post('/api/account/members', { email: 'BJORN@fjordby.no', name: 'Bjørn', role: 'admin' }), 409, 'already_member', 'email');
    expect((await asStaff()).members).toEqual(before.members);
    expect(await mailsTo(t, 'bjorn@fjordby.no')).toHaveLength(2); // the invitation when seeded, and the sign-in code
  });

  it('refuses an invitation with a malformed address or an unknown role', async () => {
    expectProblem(await admin.post('/api/account/members', { email: 'nope', name: 'X', role: 'buyer' }), 400, 'validation', 'email');
    expectProblem(await admin.post('/api/account/members', { email: 'x@fjordby.no', name: 'X', role: 'owner' }), 400, 'validation', 'role');
    expect(await mailsTo(t, 'x@fjordby.no')).toHaveLength(0);
  });

  it('changes a member’s role', async () => {
    const cecilieId = (await asStaff()).members.find((m) => m.email === 'cecilie@fjordby.no')!.userId;
    const promoted = await admin.put(`/api/account/members/${cecilieId}`, { role: 'admin' });
    expect(promoted.statusCode).toBe(200);
    expect(promoted.json()).toMatchObject({ userId: cecilieId, role: 'admin' });
    expect((await asStaff()).members.find((m) => m.userId === cecilieId)?.role).toBe('admin');
    const demoted = await admin.put(`/api/account/members/${cecilieId}`, { role: 'buyer' });
    expect(demoted.json().role).toBe('buyer');
  });

  it('removes a member, who loses access at once', async () => {
    const dag = await admin.post('/api/account/members', { email: 'dag@fjordby.no', name: 'Dag', role: 'admin' });
    const dagId = dag.json().userId as string;
    const dagClient = await t.signIn('dag@fjordby.no');
    expect((await dagClient.get('/api/account')).statusCode).toBe(200);

    expect((await admin.delete(`/api/account/members/${dagId}`)).statusCode).toBe(204);
    expect((await asStaff()).members.map((m) => m.userId)).not.toContain(dagId);
    // Still signed in, but no longer a member: every account endpoint refuses.
    expectProblem(await dagClient.get('/api/account'), 403, 'no_account');
    expectProblem(await dagClient.get('/api/account/members'), 403, 'no_account');
    expectProblem(await dagClient.post('/api/account/members', { email: 'evil@x.no', name: 'E', role: 'admin' }), 403, 'no_account');
    expect((await dagClient.get('/api/session')).json().memberships).toEqual([]);
    // Removing again: no such member.
    expectProblem(await admin.delete(`/api/account/members/${dagId}`), 404, 'not_found');
  });

  it('refuses to remove or demote the last admin (409 last_admin)', async () => {
    const anneId = memberId(library, 'anne@fjordby.no');
    const before = await asStaff();
    expect(before.members.filter((m) => m.role === 'admin').map((m) => m.email)).toEqual(['anne@fjordby.no']);
    expectProblem(await admin.delete(`/api/account/members/${anneId}`), 409, 'last_admin');
    expectProblem(await admin.put(`/api/account/members/${anneId}`, { role: 'buyer' }), 409, 'last_admin');
    expect((await asStaff()).members).toEqual(before.members);
    expect((await admin.get('/api/account')).json().role).toBe('admin');
  });

  it('lets an admin step down once another admin exists', async () => {
    const frode = await admin.post('/api/account/members', { email: 'frode@fjordby.no', name: 'Frode', role: 'admin' });
    const frodeClient = await t.signIn('frode@fjordby.no');
    const anneId = memberId(library, 'anne@fjordby.no');
    expect((await frodeClient.put(`/api/account/members/${anneId}`, { role: 'buyer' })).statusCode).toBe(200);
    // Now Frode is the last admin.
    expectProblem(await frodeClient.delete(`/api/account/members/${frode.json().userId}`), 409, 'last_admin');
    expect((await frodeClient.put(`/api/account/members/${anneId}`, { role: 'admin' })).statusCode).toBe(200);
  });

  it('keeps an admin when two admins demote each other at the same moment', async () => {
    const pair = await seedAccount(t, staff, {
      name: 'Tvilling bibliotek',
      admin: { email: 'tor@tvilling.no' },
      members: [{ email: 'tone@tvilling.no', role: 'admin' }],
    });
    const tor = await t.signIn('tor@tvilling.no');
    const tone = await t.signIn('tone@tvilling.no');
    const [byTor, byTone] = await Promise.all([
      tor.put(`/api/account/members/${memberId(pair, 'tone@tvilling.no')}`, { role: 'buyer' }),
      tone.put(`/api/account/members/${memberId(pair, 'tor@tvilling.no')}`, { role: 'buyer' }),
    ]);
    // One wins; the other is refused: as the last admin (409), or as no admin any more (403).
    const statuses = [byTor.statusCode, byTone.statusCode].sort();
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const members = (await asStaff(pair.id)).members;
    expect(members.filter((m) => m.role === 'admin')).toHaveLength(1);
  });

  it('lets two accounts invite the same new colleague at the same moment', async () => {
    const other = await seedAccount(t, staff, { name: 'Nabo bibliotek', admin: { email: 'nina@nabo.no' } });
    const nina = await t.signIn('nina@nabo.no');
    const [here, there] = await Promise.all([
      admin.post('/api/account/members', { email: 'delt@begge.no', name: 'Delt', role: 'buyer' }),
      nina.post('/api/account/members', { email: 'delt@begge.no', name: 'Delt', role: 'buyer' }),
    ]);
    expect([here.statusCode, there.statusCode], `${here.body} ${there.body}`).toEqual([201, 201]);
    expect(here.json().userId).toBe(there.json().userId);
    expect((await asStaff(other.id)).members.map((m) => m.email)).toContain('delt@begge.no');
  });

  it('refuses a buyer every admin action, and changes nothing', async () => {
    const before = await asStaff();
    const anneId = memberId(library, 'anne@fjordby.no');
    const bjornId = memberId(library, 'bjorn@fjordby.no');
    expectProblem(await buyer.get('/api/account/members'), 403, 'forbidden');
    expectProblem(await buyer.post('/api/account/members', { email: 'gro@fjordby.no', name: 'Gro', role: 'admin' }), 403, 'forbidden');
    expectProblem(await buyer.put(`/api/account/members/${bjornId}`, { role: 'admin' }), 403, 'forbidden');
    expectProblem(await buyer.put(`/api/account/members/${anneId}`, { role: 'buyer' }), 403, 'forbidden');
    expectProblem(await buyer.delete(`/api/account/members/${anneId}`), 403, 'forbidden');
    expect((await asStaff()).members).toEqual(before.members);
    expect(await mailsTo(t, 'gro@fjordby.no')).toHaveLength(0);
    expect((await buyer.get('/api/account')).json().role).toBe('buyer');
  });
});
