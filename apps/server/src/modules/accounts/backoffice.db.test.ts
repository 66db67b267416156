import type { AccountDetail, AuditEntry } from '@hylle/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anAddress, expectProblem, mailsTo, memberId, norwegianOrganisationNumber, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';

let t: TestApp;
let kari: TestClient;

const base = '/api/backoffice/accounts';
const postalAddress = { line1: 'Kirkegata 3', line2: '', postalCode: '7013', city: 'Trondheim', country: 'NO' };

function newAccount(name: string, organisationNumber: string, adminEmail: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    organisationNumber,
    customerReference: null,
    postalAddress,
    payOnInvoiceAllowed: false,
    firstAdmin: { email: adminEmail, name: `Admin of ${name}` },
    ...extra,
  };
}

async function accountCount(): Promise<number> {
  const rows = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM accounts`);
  return rows.rows[0]?.n ?? 0;
}

async function auditOf(accountId: string): Promise<AuditEntry[]> {
  const response = await kari.get(`/api/backoffice/audit-log?accountId=${accountId}&limit=200`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function detail(accountId: string): Promise<AccountDetail> {
  const response = await kari.get(`${base}/${accountId}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

let first: AccountDetail;
let second: AccountDetail;

beforeAll(async () => {
  t = await startTestApp();
  await seedStaff(t, 'kari@hylle.test', 'Kari Kundeservice');
  kari = await t.signIn('kari@hylle.test');
});
afterAll(() => t.stop());

describe('creating accounts (ACC-5)', () => {
  it('creates an account with its first admin and the first customer number of the series', async () => {
    const created = await kari.post(
      base,
      newAccount('Trondheim folkebibliotek', '912 345 602', 'tove@trondheim.no', { customerReference: 'TRD-01', payOnInvoiceAllowed: true }),
    );
    expect(created.statusCode).toBe(201);
    first = created.json();
    expect(first).toMatchObject({
      customerNumber: '100001',
      name: 'Trondheim folkebibliotek',
      organisationNumber: '912345602',
      customerReference: 'TRD-01',
      postalAddress,
      payOnInvoiceAllowed: true,
      deliveryAddresses: [],
      members: [expect.objectContaining({ email: 'tove@trondheim.no', role: 'admin' })],
    });

    const second_ = await kari.post(base, newAccount('Bergen offentlige bibliotek', norwegianOrganisationNumber(92000000), 'berit@bergen.no'));
    expect(second_.statusCode).toBe(201);
    second = second_.json();
    expect(second.customerNumber).toBe('100002');
  });

  it('sends the first admin a welcome e-mail with the customer number, and the admin can sign in', async () => {
    const mails = await mailsTo(t, 'tove@trondheim.no');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/Velkommen/);
    expect(mails[0]!.text).toContain('100001');
    expect(mails[0]!.text).toContain('Trondheim folkebibliotek');
    const tove = await t.signIn('tove@trondheim.no');
    expect((await tove.get('/api/account')).json()).toMatchObject({ id: first.id, role: 'admin', customerNumber: '100001' });
  });

  it('hands out distinct, consecutive numbers to accounts created at the same time', async () => {
    const results = await Promise.all(
      [0, 1, 2].map((i) => kari.post(base, newAccount(`Samtidig ${i}`, norwegianOrganisationNumber(93000000 + i * 1000), `samtidig${i}@x.no`))),
    );
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const numbers = results.map((r) => r.json().customerNumber as string).sort();
    expect(numbers).toEqual(['100003', '100004', '100005']);
  });

  it('creates two accounts at once for the same new first admin, who becomes one user', async () => {
    const results = await Promise.all(
      [0, 1].map((i) => kari.post(base, newAccount(`Felles ${i}`, norwegianOrganisationNumber(93500000 + i * 1000), 'felles@x.no'))),
    );
    for (const r of results) expect(r.statusCode, r.body).toBe(201);
    const admins = results.map((r) => (r.json() as AccountDetail).members[0]!.userId);
    expect(admins[0]).toBe(admins[1]);
    expect(results.map((r) => r.json().customerNumber).sort()).toEqual(['100006', '100007']);
  });

  it('refuses an invalid Norwegian organisation number and creates nothing', async () => {
    const accounts = await accountCount();
    for (const bad of ['912345603', '12345678', 'abcdefghi']) {
      const refused = await kari.post(base, newAccount('Feil AS', bad, 'feil@feil.no'));
      expectProblem(refused, 400, 'invalid_organisation_number', 'organisationNumber');
    }
    expect(await accountCount()).toBe(accounts);
    expect(await mailsTo(t, 'feil@feil.no')).toHaveLength(0);
    const users = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM users WHERE email = 'feil@feil.no'`);
    expect(users.rows[0]?.n).toBe(0);
    // No number was used up either.
    const next = await kari.post(base, newAccount('Neste bibliotek', norwegianOrganisationNumber(94000000), 'neste@x.no'));
    expect(next.json().customerNumber).toBe('100008');
  });

  it('refuses an incomplete account, naming the field', async () => {
    const accounts = await accountCount();
    expectProblem(await kari.post(base, { ...newAccount('', norwegianOrganisationNumber(95000000), 'a@x.no') }), 400, 'validation', 'name');
    expectProblem(
      await kari.post(base, { ...newAccount('X', norwegianOrganisationNumber(95000000), 'a@x.no'), firstAdmin: { email: 'nope', name: 'A' } }),
      400,
      'validation',
      'firstAdmin.email',
    );
    expect(await accountCount()).toBe(accounts);
  });
});

describe('who may use the backoffice', () => {
  it('asks an anonymous visitor to sign in', async () => {
    const anonymous = t.client();
    await anonymous.get('/api/session');
    expectProblem(await anonymous.get(base), 401, 'unauthenticated');
    expectProblem(await anonymous.get(`${base}/${first.id}`), 401, 'unauthenticated');
    expectProblem(await anonymous.post(base, newAccount('Anon', norwegianOrganisationNumber(96000000), 'anon@x.no')), 401, 'unauthenticated');
    expectProblem(await anonymous.get('/api/backoffice/audit-log'), 401, 'unauthenticated');
  });

  it('refuses customers, admins included, and changes nothing', async () => {
    const tove = await t.signIn('tove@trondheim.no');
    const accounts = await accountCount();
    expectProblem(await tove.get(base), 403, 'forbidden');
    expectProblem(await tove.get(`${base}/${first.id}`), 403, 'forbidden');
    expectProblem(await tove.post(base, newAccount('Egen', norwegianOrganisationNumber(96000000), 'egen@x.no')), 403, 'forbidden');
    expectProblem(await tove.patch(`${base}/${first.id}`, { payOnInvoiceAllowed: false, name: 'Renamed' }), 403, 'forbidden');
    expectProblem(await tove.post(`${base}/${second.id}/members`, { email: 'tove@trondheim.no', name: 'Tove', role: 'admin' }), 403, 'forbidden');
    expectProblem(await tove.post(`${base}/${first.id}/delivery-addresses`, anAddress('Sneaky')), 403, 'forbidden');
    expectProblem(await tove.get('/api/backoffice/audit-log'), 403, 'forbidden');
    expectProblem(await tove.get('/api/backoffice/jobs/dead'), 403, 'forbidden');
    expect(await accountCount()).toBe(accounts);
    const after = await detail(first.id);
    expect(after).toMatchObject({ name: 'Trondheim folkebibliotek', payOnInvoiceAllowed: true, deliveryAddresses: [] });
    expect((await detail(second.id)).members.map((m) => m.email)).toEqual(['berit@bergen.no']);
  });
});

describe('finding accounts', () => {
  const names = (response: { json(): { items: { name: string }[] } }) => response.json().items.map((a) => a.name);

  it('lists every account with its member count', async () => {
    const all = await kari.get(`${base}?limit=200`);
    expect(all.statusCode).toBe(200);
    expect(all.json().total).toBe(await accountCount());
    expect(all.json().items.find((a: { id: string }) => a.id === first.id)).toMatchObject({ customerNumber: '100001', memberCount: 1 });
  });

  it('searches by name, case-insensitively', async () => {
    const found = await kari.get(`${base}?q=trondheim`);
    expect(names(found)).toEqual(['Trondheim folkebibliotek']);
    expect(found.json().total).toBe(1);
    expect(names(await kari.get(`${base}?q=BIBLIOTEK`))).toEqual(expect.arrayContaining(['Bergen offentlige bibliotek', 'Trondheim folkebibliotek']));
  });

  it('searches by customer number and by organisation number, written with or without spaces', async () => {
    expect(names(await kari.get(`${base}?q=100002`))).toEqual(['Bergen offentlige bibliotek']);
    expect(names(await kari.get(`${base}?q=912345602`))).toEqual(['Trondheim folkebibliotek']);
    expect(names(await kari.get(`${base}?q=${encodeURIComponent('912 345 602')}`))).toEqual(['Trondheim folkebibliotek']);
    expect(names(await kari.get(`${base}?q=TRD-01`))).toEqual(['Trondheim folkebibliotek']);
  });

  it('finds nothing for a search that matches nothing, and treats % and _ literally', async () => {
    const none = await kari.get(`${base}?q=Ingenting`);
    expect(none.json()).toEqual({ items: [], total: 0 });
    expect((await kari.get(`${base}?q=%25`)).json().total).toBe(0);
    expect((await kari.get(`${base}?q=_`)).json().total).toBe(0);
  });

  it('pages through the list', async () => {
    const total = await accountCount();
    const page1 = (await kari.get(`${base}?limit=2&offset=0`)).json();
    const page2 = (await kari.get(`${base}?limit=2&offset=2`)).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBe(total);
    expect(page2.items[0].id).not.toBe(page1.items[0].id);
    expectProblem(await kari.get(`${base}?limit=0`), 400, 'validation', 'limit');
  });

  it('answers 404 for an unknown or malformed account id', async () => {
    expectProblem(await kari.get(`${base}/00000000-0000-4000-8000-000000000000`), 404, 'not_found');
    expectProblem(await kari.get(`${base}/not-a-uuid`), 404, 'not_found');
    expectProblem(await kari.patch(`${base}/not-a-uuid`, { name: 'X' }), 404, 'not_found');
  });

  it('answers 404 to changes of an account that does not exist, and makes nothing', async () => {
    const ghost = '00000000-0000-4000-8000-000000000000';
    expectProblem(await kari.patch(`${base}/${ghost}`, { name: 'Ghost' }), 404, 'not_found');
    expectProblem(await kari.post(`${base}/${ghost}/members`, { email: 'ghost@x.no', name: 'Ghost', role: 'admin' }), 404, 'not_found');
    expectProblem(await kari.post(`${base}/${ghost}/delivery-addresses`, anAddress('Ghost')), 404, 'not_found');
    expect(await mailsTo(t, 'ghost@x.no')).toHaveLength(0);
    const users = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM users WHERE email = 'ghost@x.no'`);
    expect(users.rows[0]?.n).toBe(0);
    expect(await auditOf(ghost)).toEqual([]);
  });
});

describe('changing accounts, with an audit entry for each change', () => {
  it('edits company data; the audit log says who, what, when, before and after', async () => {
    t.clock.advance(60_000);
    const newNumber = norwegianOrganisationNumber(97000000);
    const changed = await kari.patch(`${base}/${first.id}`, {
      name: 'Trondheim bibliotek',
      organisationNumber: `${newNumber.slice(0, 3)} ${newNumber.slice(3, 6)} ${newNumber.slice(6)}`,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Trondheim bibliotek', organisationNumber: newNumber, customerReference: 'TRD-01' });
    expect(await detail(first.id)).toMatchObject({ name: 'Trondheim bibliotek', organisationNumber: newNumber });

    const entry = (await auditOf(first.id)).find((e) => e.action === 'account.changed');
    expect(entry).toMatchObject({
      actorEmail: 'kari@hylle.test',
      accountId: first.id,
      at: t.clock.now().toISOString(),
      before: { name: 'Trondheim folkebibliotek', organisationNumber: '912345602' },
      after: { name: 'Trondheim bibliotek', organisationNumber: newNumber },
    });
  });

  it('refuses an invalid organisation number on edit, and changes nothing', async () => {
    const before = await detail(first.id);
    const audits = (await auditOf(first.id)).length;
    expectProblem(await kari.patch(`${base}/${first.id}`, { organisationNumber: '123456789', name: 'Should not stick' }), 400, 'invalid_organisation_number', 'organisationNumber');
    expect(await detail(first.id)).toEqual(before);
    expect(await auditOf(first.id)).toHaveLength(audits);
  });

  it('changes the customer reference, and an empty one removes it (ACC-8)', async () => {
    const changed = await kari.patch(`${base}/${first.id}`, { customerReference: 'TRD-02' });
    expect(changed.json().customerReference).toBe('TRD-02');
    const removed = await kari.patch(`${base}/${first.id}`, { customerReference: '' });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().customerReference).toBeNull();
    expect((await detail(first.id)).customerReference).toBeNull();
    const tove = await t.signIn('tove@trondheim.no');
    expect((await tove.get('/api/account')).json().customerReference).toBeNull();

    const entries = (await auditOf(first.id)).filter((e) => e.action === 'account.changed');
    expect(entries.map((e) => [e.before, e.after])).toEqual(
      expect.arrayContaining([
        [{ customerReference: 'TRD-01' }, { customerReference: 'TRD-02' }],
        [{ customerReference: 'TRD-02' }, { customerReference: null }],
      ]),
    );
  });

  it('turns pay on invoice off and on, as the customer sees', async () => {
    const tove = await t.signIn('tove@trondheim.no');
    expect((await kari.patch(`${base}/${first.id}`, { payOnInvoiceAllowed: false })).json().payOnInvoiceAllowed).toBe(false);
    expect((await tove.get('/api/account')).json().payOnInvoiceAllowed).toBe(false);
    expect((await kari.patch(`${base}/${first.id}`, { payOnInvoiceAllowed: true })).json().payOnInvoiceAllowed).toBe(true);
    expect((await tove.get('/api/account')).json().payOnInvoiceAllowed).toBe(true);
    const entries = (await auditOf(first.id)).filter((e) => e.action === 'account.changed');
    expect(entries.map((e) => [e.before, e.after])).toEqual(
      expect.arrayContaining([
        [{ payOnInvoiceAllowed: true }, { payOnInvoiceAllowed: false }],
        [{ payOnInvoiceAllowed: false }, { payOnInvoiceAllowed: true }],
      ]),
    );
  });

  it('records the creation of an account', async () => {
    const created = (await auditOf(second.id)).find((e) => e.action === 'account.created');
    expect(created).toMatchObject({ actorEmail: 'kari@hylle.test', accountId: second.id, before: null });
    expect(created?.after).toMatchObject({ customerNumber: '100002', name: 'Bergen offentlige bibliotek' });
  });

  it('manages delivery addresses of any account', async () => {
    const added = await kari.post(`${base}/${second.id}/delivery-addresses`, anAddress('Hovedbiblioteket'));
    expect(added.statusCode).toBe(201);
    const id = added.json().id as string;
    const edited = await kari.put(`${base}/${second.id}/delivery-addresses/${id}`, anAddress('Hovedbiblioteket', 'Fana'));
    expect(edited.json()).toMatchObject({ id, city: 'Fana' });
    expect((await kari.delete(`${base}/${second.id}/delivery-addresses/${id}`)).statusCode).toBe(204);
    expect((await detail(second.id)).deliveryAddresses).toEqual([]);
    // An address of one account is not reachable through another.
    const other = await kari.post(`${base}/${first.id}/delivery-addresses`, anAddress('Trondheim sentrum'));
    expectProblem(await kari.delete(`${base}/${second.id}/delivery-addresses/${other.json().id}`), 404, 'not_found');
    expect((await detail(first.id)).deliveryAddresses).toHaveLength(1);

    const entries = await auditOf(second.id);
    expect(entries.find((e) => e.action === 'delivery_address.added')).toMatchObject({
      actorEmail: 'kari@hylle.test',
      before: null,
      after: { id, label: 'Hovedbiblioteket', city: 'Bergen' },
    });
    expect(entries.find((e) => e.action === 'delivery_address.changed')).toMatchObject({
      before: { id, city: 'Bergen' },
      after: { id, city: 'Fana' },
    });
    expect(entries.find((e) => e.action === 'delivery_address.removed')).toMatchObject({ before: { id, city: 'Fana' }, after: null });
  });

  it('manages users of any account', async () => {
    const added = await kari.post(`${base}/${second.id}/members`, { email: 'bo@bergen.no', name: 'Bo', role: 'buyer' });
    expect(added.statusCode).toBe(201);
    const boId = added.json().userId as string;
    const mails = await mailsTo(t, 'bo@bergen.no');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain('Bergen offentlige bibliotek');

    expectProblem(await kari.post(`${base}/${second.id}/members`, { email: 'bo@bergen.no', name: 'Bo', role: 'buyer' }), 409, 'already_member');
    expect((await kari.put(`${base}/${second.id}/members/${boId}`, { role: 'admin' })).json().role).toBe('admin');
    const beritId = memberId(second, 'berit@bergen.no');
    expect((await kari.delete(`${base}/${second.id}/members/${beritId}`)).statusCode).toBe(204);
    // The rule holds for staff too: the last admin stays.
    expectProblem(await kari.delete(`${base}/${second.id}/members/${boId}`), 409, 'last_admin');
    expectProblem(await kari.put(`${base}/${second.id}/members/${boId}`, { role: 'buyer' }), 409, 'last_admin');
    expect((await detail(second.id)).members).toEqual([expect.objectContaining({ userId: boId, role: 'admin' })]);
    // A member of another account is not a member here.
    expectProblem(await kari.delete(`${base}/${second.id}/members/${memberId(first, 'tove@trondheim.no')}`), 404, 'not_found');

    const entries = await auditOf(second.id);
    expect(entries.find((e) => e.action === 'member.added')).toMatchObject({
      actorEmail: 'kari@hylle.test',
      before: null,
      after: { userId: boId, email: 'bo@bergen.no', role: 'buyer' },
    });
    expect(entries.find((e) => e.action === 'member.role_changed')).toMatchObject({
      before: { userId: boId, role: 'buyer' },
      after: { userId: boId, role: 'admin' },
    });
    expect(entries.find((e) => e.action === 'member.removed')).toMatchObject({
      before: { userId: beritId, email: 'berit@bergen.no', role: 'admin' },
      after: null,
    });
  });

  it('shows only the asked-for account’s entries, newest first, and refuses a malformed filter', async () => {
    const entries = await auditOf(first.id);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.accountId === first.id)).toBe(true);
    const times = entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const all = (await kari.get('/api/backoffice/audit-log?limit=200')).json() as AuditEntry[];
    expect(all.some((e) => e.accountId === second.id) && all.some((e) => e.accountId === first.id)).toBe(true);
    expectProblem(await kari.get('/api/backoffice/audit-log?accountId=nope'), 400, 'validation', 'accountId');
  });
});
