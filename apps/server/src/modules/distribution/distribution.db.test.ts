import type { AccountDetail, AuditEntry, BudgetCode, DistributionCode, DistributionField, DistributionSettings } from '@hylle/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { checkDistributionChoice, distributionDefaultsOf, type DistributionChoice } from './index.ts';

let t: TestApp;
let kari: TestClient;
let a: AccountDetail;
let b: AccountDetail;
let adminOfA: TestClient;
let buyerOfA: TestClient;
let adminOfB: TestClient;
let budgetOfA: BudgetCode;
let budgetOfB: BudgetCode;

const unknownId = '00000000-0000-4000-8000-000000000000';
const settingsUrl = '/api/account/distribution';
const codesUrl = '/api/account/distribution/codes';
const fieldsUrl = '/api/account/distribution/fields';
const defaultsUrl = '/api/account/distribution/defaults';
const none = { department: null, shelfLocation: null, materialType: null, budgetCodeId: null };

async function settingsOf(client: TestClient): Promise<DistributionSettings> {
  const response = await client.get(settingsUrl);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function addCode(client: TestClient, body: Record<string, unknown>): Promise<DistributionCode> {
  const response = await client.post(codesUrl, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function addField(client: TestClient, body: Record<string, unknown>): Promise<DistributionField> {
  const response = await client.post(fieldsUrl, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function addBudgetCode(accountId: string, code: string): Promise<BudgetCode> {
  const response = await kari.post(`/api/backoffice/accounts/${accountId}/budget-codes`, {
    code,
    description: '',
    totalMinor: 100_000,
    fixedPriceDiscountBp: 0,
    standardDiscountBp: 0,
    fixedPricePeriodMonths: null,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const check = (accountId: string, choice: Partial<DistributionChoice>, complete: boolean) =>
  t.database.db.transaction((tx) =>
    checkDistributionChoice(tx, accountId, { department: null, shelfLocation: null, materialType: null, extraFields: [], ...choice }, { complete }),
  );

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t, 'kari@hylle.test', 'Kari Kundeservice');
  a = await seedAccount(t, staff, {
    name: 'Storvik bibliotek',
    admin: { email: 'ingrid@storvik.no', name: 'Ingrid' },
    members: [{ email: 'mina@storvik.no', name: 'Mina', role: 'buyer' }],
  });
  b = await seedAccount(t, staff, { name: 'Nordhavn bibliotek', admin: { email: 'berit@nordhavn.no', name: 'Berit' } });
  kari = await t.signIn(staff.email);
  adminOfA = await t.signIn('ingrid@storvik.no');
  buyerOfA = await t.signIn('mina@storvik.no');
  adminOfB = await t.signIn('berit@nordhavn.no');
  budgetOfA = await addBudgetCode(a.id, 'VOKSEN');
  budgetOfB = await addBudgetCode(b.id, 'BARN');
});
afterAll(() => t.stop());

describe('distribution info of an account (INT-1)', () => {
  let voksen: DistributionCode;
  let krim: DistributionCode;
  let signatur: DistributionField;

  it('starts with empty lists and no defaults', async () => {
    expect(await settingsOf(buyerOfA)).toEqual({ codes: [], fields: [], defaults: none });
  });

  it('lets the admin add codes, upper-cased and trimmed, listed by list then code', async () => {
    voksen = await addCode(adminOfA, { list: 'department', code: ' voksen ', label: 'Voksenavdelingen' });
    expect(voksen).toMatchObject({ list: 'department', code: 'VOKSEN', label: 'Voksenavdelingen' });
    await addCode(adminOfA, { list: 'department', code: 'barn', label: 'Barneavdelingen' });
    krim = await addCode(adminOfA, { list: 'shelf_location', code: 'KRIM' });
    await addCode(adminOfA, { list: 'material_type', code: 'lydbok', label: 'Lydbok' });
    await addCode(adminOfA, { list: 'material_type', code: 'BOK' });
    // The same text in another list is another code.
    await addCode(adminOfA, { list: 'shelf_location', code: 'BARN', label: 'Barnehylla' });
    const { codes } = await settingsOf(buyerOfA);
    expect(codes.map((c) => `${c.list}:${c.code}`)).toEqual([
      'department:BARN',
      'department:VOKSEN',
      'shelf_location:BARN',
      'shelf_location:KRIM',
      'material_type:BOK',
      'material_type:LYDBOK',
    ]);
    expect(codes.find((c) => c.code === 'KRIM')?.label).toBe('');
  });

  it('refuses a code the list already has, and malformed codes, naming the field', async () => {
    expectProblem(await adminOfA.post(codesUrl, { list: 'department', code: 'Voksen', label: '' }), 409, 'conflict', 'code');
    expectProblem(await adminOfA.post(codesUrl, { list: 'department', code: 'VOK/SEN' }), 400, 'validation', 'code');
    expectProblem(await adminOfA.post(codesUrl, { list: 'department', code: '   ' }), 400, 'validation', 'code');
    expectProblem(await adminOfA.post(codesUrl, { list: 'department', code: 'A'.repeat(21) }), 400, 'validation', 'code');
    expectProblem(await adminOfA.post(codesUrl, { list: 'shelf', code: 'KRIM' }), 400, 'validation', 'list');
    expectProblem(await adminOfA.post(codesUrl, { list: 'department', code: 'UNGDOM', extra: 1 }), 400, 'validation');
  });

  it('changes a code’s label only', async () => {
    const changed = await adminOfA.put(`${codesUrl}/${krim.id}`, { label: 'Krim og spenning' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ ...krim, label: 'Krim og spenning' });
    expectProblem(await adminOfA.put(`${codesUrl}/${krim.id}`, { label: 'x', code: 'NY' }), 400, 'validation');
    expectProblem(await adminOfA.put(`${codesUrl}/${unknownId}`, { label: 'x' }), 404, 'not_found');
    expectProblem(await adminOfA.put(`${codesUrl}/not-an-id`, { label: 'x' }), 404, 'not_found');
  });

  it('lets the admin add, change and remove extra fields, each name once', async () => {
    signatur = await addField(adminOfA, { name: 'Signatur', required: true, maxLength: 12 });
    expect(signatur).toMatchObject({ name: 'Signatur', required: true, maxLength: 12 });
    const laaner = await addField(adminOfA, { name: 'Låner' });
    expect(laaner).toMatchObject({ required: false, maxLength: 60 });
    expectProblem(await adminOfA.post(fieldsUrl, { name: ' signatur ' }), 409, 'conflict', 'name');
    expectProblem(await adminOfA.post(fieldsUrl, { name: '' }), 400, 'validation', 'name');
    expectProblem(await adminOfA.post(fieldsUrl, { name: 'Notat', maxLength: 201 }), 400, 'validation', 'maxLength');
    expectProblem(await adminOfA.put(`${fieldsUrl}/${laaner.id}`, { name: 'SIGNATUR' }), 409, 'conflict', 'name');
    const changed = await adminOfA.put(`${fieldsUrl}/${laaner.id}`, { name: 'Lånernummer', required: false, maxLength: 10 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ id: laaner.id, name: 'Lånernummer', required: false, maxLength: 10 });
    const notat = await addField(adminOfA, { name: 'Notat' });
    expect((await adminOfA.delete(`${fieldsUrl}/${notat.id}`)).statusCode).toBe(204);
    expectProblem(await adminOfA.delete(`${fieldsUrl}/${notat.id}`), 404, 'not_found');
    expectProblem(await adminOfA.put(`${fieldsUrl}/${notat.id}`, { name: 'Notat' }), 404, 'not_found');
    // A removed field's name is free again; fields come in the order they were added.
    await addField(adminOfA, { name: 'notat' });
    expect((await settingsOf(buyerOfA)).fields.map((f) => f.name)).toEqual(['Signatur', 'Lånernummer', 'notat']);
  });

  it('keeps who changed the lists in the audit log, for customer service', async () => {
    const log = (await kari.get(`/api/backoffice/audit-log?accountId=${a.id}&limit=200`)).json() as AuditEntry[];
    expect(log.find((e) => e.action === 'distribution_code.changed')).toMatchObject({
      actorEmail: 'ingrid@storvik.no',
      before: { code: 'KRIM', label: '' },
      after: { code: 'KRIM', label: 'Krim og spenning' },
    });
    expect(log.filter((e) => e.action === 'distribution_code.added')).toHaveLength(6);
    expect(log.filter((e) => e.action === 'distribution_field.removed')).toHaveLength(1);
  });

  it('forbids buyers every change to the lists, and changes nothing', async () => {
    const before = await settingsOf(buyerOfA);
    expectProblem(await buyerOfA.post(codesUrl, { list: 'department', code: 'UNGDOM' }), 403, 'forbidden');
    expectProblem(await buyerOfA.put(`${codesUrl}/${krim.id}`, { label: 'Mine' }), 403, 'forbidden');
    expectProblem(await buyerOfA.delete(`${codesUrl}/${krim.id}`), 403, 'forbidden');
    expectProblem(await buyerOfA.post(fieldsUrl, { name: 'Mitt felt' }), 403, 'forbidden');
    expectProblem(await buyerOfA.put(`${fieldsUrl}/${signatur.id}`, { name: 'Mitt felt' }), 403, 'forbidden');
    expectProblem(await buyerOfA.delete(`${fieldsUrl}/${signatur.id}`), 403, 'forbidden');
    expect(await settingsOf(buyerOfA)).toEqual(before);
  });

  it('lets every member keep defaults of their own, from the lists and the account’s budget codes', async () => {
    const saved = await buyerOfA.put(defaultsUrl, { department: 'voksen', shelfLocation: 'KRIM', materialType: null, budgetCodeId: budgetOfA.id });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ department: 'VOKSEN', shelfLocation: 'KRIM', materialType: null, budgetCodeId: budgetOfA.id });
    expect((await settingsOf(buyerOfA)).defaults).toEqual(saved.json());
    // The admin's own defaults are another member's: still none.
    expect((await settingsOf(adminOfA)).defaults).toEqual(none);
    const mina = a.members.find((m) => m.email === 'mina@storvik.no')!.userId;
    expect(await t.database.db.transaction((tx) => distributionDefaultsOf(tx, a.id, mina))).toEqual(saved.json());
  });

  it('refuses defaults that are not in the lists, naming the field, and keeps the old ones', async () => {
    const before = (await settingsOf(buyerOfA)).defaults;
    const refuse = async (body: Record<string, unknown>, field: string) =>
      expectProblem(await buyerOfA.put(defaultsUrl, { ...none, ...body }), 400, 'invalid_distribution', field);
    await refuse({ department: 'KRIM' }, 'department');
    await refuse({ shelfLocation: 'FAKTA' }, 'shelfLocation');
    await refuse({ materialType: 'DVD' }, 'materialType');
    await refuse({ budgetCodeId: budgetOfB.id }, 'budgetCodeId');
    await refuse({ budgetCodeId: unknownId }, 'budgetCodeId');
    expectProblem(await buyerOfA.put(defaultsUrl, { department: 'VOKSEN' }), 400, 'validation');
    expect((await settingsOf(buyerOfA)).defaults).toEqual(before);
  });

  it('removes a code: it leaves the list and every member’s defaults, and a removed code is refused', async () => {
    expect((await adminOfA.delete(`${codesUrl}/${voksen.id}`)).statusCode).toBe(204);
    expectProblem(await adminOfA.delete(`${codesUrl}/${voksen.id}`), 404, 'not_found');
    expectProblem(await adminOfA.put(`${codesUrl}/${voksen.id}`, { label: 'x' }), 404, 'not_found');
    const settings = await settingsOf(buyerOfA);
    expect(settings.codes.some((c) => c.id === voksen.id)).toBe(false);
    expect(settings.defaults).toEqual({ department: null, shelfLocation: 'KRIM', materialType: null, budgetCodeId: budgetOfA.id });
    expectProblem(await buyerOfA.put(defaultsUrl, { ...none, department: 'VOKSEN' }), 400, 'invalid_distribution', 'department');
  });

  it('revives a removed code when it is added again, with its new label', async () => {
    const again = await addCode(adminOfA, { list: 'department', code: 'VOKSEN', label: 'Voksne' });
    expect(again).toEqual({ ...voksen, label: 'Voksne' });
    expect((await buyerOfA.put(defaultsUrl, { ...none, department: 'VOKSEN' })).statusCode).toBe(200);
  });

  it('judges a line’s choice against the lists, asking for required fields only at checkout', async () => {
    expect(await check(a.id, { department: 'voksen', shelfLocation: 'krim', extraFields: [{ name: 'lånernummer', value: '42' }] }, false)).toEqual({
      ok: true,
      value: { department: 'VOKSEN', shelfLocation: 'KRIM', materialType: null, extraFields: [{ name: 'Lånernummer', value: '42' }] },
    });
    expect(await check(a.id, {}, true)).toMatchObject({ ok: false, code: 'required_field_missing', field: 'extraFields.Signatur' });
    expect(await check(a.id, { extraFields: [{ name: 'Signatur', value: 'KRI NES' }] }, true)).toMatchObject({ ok: true });
    expect(await check(a.id, { extraFields: [{ name: 'Signatur', value: 'x'.repeat(13) }] }, false)).toMatchObject({
      ok: false,
      code: 'invalid_distribution',
      field: 'extraFields.Signatur',
    });
    expect(await check(a.id, { materialType: 'DVD' }, false)).toMatchObject({ ok: false, code: 'invalid_distribution', field: 'materialType' });
    expect(await check(a.id, { extraFields: [{ name: 'Låner', value: 'Kari' }] }, false)).toMatchObject({ ok: false, field: 'extraFields.Låner' });
    // Another account's lists are not this one's.
    expect(await check(b.id, { department: 'VOKSEN' }, false)).toMatchObject({ ok: false, code: 'invalid_distribution', field: 'department' });
  });

  it('keeps lists to 200 codes each and 20 fields', async () => {
    await t.database.db.execute(
      sql`INSERT INTO distribution_codes (account_id, list, code) SELECT ${a.id}, 'material_type', 'M' || n FROM generate_series(1, 198) AS n`,
    );
    expectProblem(await adminOfA.post(codesUrl, { list: 'material_type', code: 'DVD' }), 400, 'distribution_list_full', 'code');
    // Other lists still have room.
    await addCode(adminOfA, { list: 'department', code: 'UNGDOM' });
    await t.database.db.execute(
      sql`INSERT INTO distribution_fields (account_id, name, position) SELECT ${a.id}, 'Felt ' || n, 100 + n FROM generate_series(1, 17) AS n`,
    );
    expectProblem(await adminOfA.post(fieldsUrl, { name: 'Ett til' }), 400, 'distribution_list_full', 'name');
  });
});

describe('another account', () => {
  it('sees only its own lists', async () => {
    expect(await settingsOf(adminOfB)).toEqual({ codes: [], fields: [], defaults: none });
  });

  it('cannot change this account’s codes or fields: their ids name nothing there', async () => {
    const { codes, fields } = await settingsOf(adminOfA);
    const code = codes[0]!;
    const field = fields[0]!;
    expectProblem(await adminOfB.put(`${codesUrl}/${code.id}`, { label: 'Hacked' }), 404, 'not_found');
    expectProblem(await adminOfB.delete(`${codesUrl}/${code.id}`), 404, 'not_found');
    expectProblem(await adminOfB.put(`${fieldsUrl}/${field.id}`, { name: 'Hacked' }), 404, 'not_found');
    expectProblem(await adminOfB.delete(`${fieldsUrl}/${field.id}`), 404, 'not_found');
    expectProblem(await adminOfB.put(defaultsUrl, { ...none, department: code.code }), 400, 'invalid_distribution', 'department');
    expectProblem(await adminOfB.put(defaultsUrl, { ...none, budgetCodeId: budgetOfA.id }), 400, 'invalid_distribution', 'budgetCodeId');
    const after = await settingsOf(adminOfA);
    expect(after.codes).toEqual(codes);
    expect(after.fields).toEqual(fields);
  });

  it('adds codes of its own, the same texts as this account’s', async () => {
    await addCode(adminOfB, { list: 'department', code: 'VOKSEN' });
    expect((await settingsOf(adminOfB)).codes.map((c) => c.code)).toEqual(['VOKSEN']);
    expect((await adminOfB.put(defaultsUrl, { ...none, department: 'VOKSEN', budgetCodeId: budgetOfB.id })).statusCode).toBe(200);
  });

  it('is not reachable without signing in', async () => {
    expectProblem(await t.client().get(settingsUrl), 401, 'unauthenticated');
  });
});
