import type { AccountDetail, AuditEntry, BudgetCode, BudgetCodeBody, BudgetLedgerEntry, BudgetLedgerPage } from '@hylle/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareOrders } from '../../test-support/bare-orders.ts';
import { expectProblem, memberId, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp, type TestClient } from '../../test-support/test-app.ts';
import { creditBudget, debitBudget } from './index.ts';

let t: TestApp;
let kari: TestClient;
let a: AccountDetail;
let b: AccountDetail;
let adminOfA: TestClient;
let buyerOfA: TestClient;
let adminOfB: TestClient;

const codesOf = (accountId: string) => `/api/backoffice/accounts/${accountId}/budget-codes`;
const unknownId = '00000000-0000-4000-8000-000000000000';

const fiction: BudgetCodeBody = {
  code: ' fiction ',
  description: 'Skjønnlitteratur for voksne',
  totalMinor: 10_000_000,
  fixedPriceDiscountBp: 2_000,
  standardDiscountBp: 3_000,
  fixedPricePeriodMonths: null,
};
const youth: BudgetCodeBody = { ...fiction, code: 'jeugd', description: 'Jeugd', totalMinor: 500_000, fixedPricePeriodMonths: 6 };

async function create(accountId: string, body: BudgetCodeBody): Promise<BudgetCode> {
  const response = await kari.post(codesOf(accountId), body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function codeNow(accountId: string, codeId: string): Promise<BudgetCode> {
  const list = (await kari.get(codesOf(accountId))).json() as BudgetCode[];
  const code = list.find((c) => c.id === codeId);
  if (!code) throw new Error(`no code ${codeId}`);
  return code;
}

async function ledger(accountId: string, codeId: string, query = 'page=1&pageSize=200'): Promise<BudgetLedgerPage> {
  const response = await kari.get(`${codesOf(accountId)}/${codeId}/ledger?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function auditOf(accountId: string): Promise<AuditEntry[]> {
  return (await kari.get(`/api/backoffice/audit-log?accountId=${accountId}&limit=200`)).json();
}

async function budgetRowCount(): Promise<number> {
  const rows = await t.database.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM budget_codes`);
  return rows.rows[0]?.n ?? 0;
}

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t, 'kari@hylle.test', 'Kari Kundeservice');
  a = await seedAccount(t, staff, {
    name: 'A-stad bibliotheek',
    admin: { email: 'anna@a-stad.be', name: 'Anna' },
    members: [{ email: 'arne@a-stad.be', name: 'Arne Koper', role: 'buyer' }],
  });
  b = await seedAccount(t, staff, { name: 'B-dorp bibliotheek', admin: { email: 'berit@b-dorp.be' } });
  kari = await t.signIn(staff.email);
  adminOfA = await t.signIn('anna@a-stad.be');
  buyerOfA = await t.signIn('arne@a-stad.be');
  adminOfB = await t.signIn('berit@b-dorp.be');
});
afterAll(() => t.stop());

describe('staff keep an account’s budget codes (CHK-4)', () => {
  let fictionCode: BudgetCode;

  it('creates codes, upper-cased and trimmed, with nothing spent, and lists them by code', async () => {
    fictionCode = await create(a.id, fiction);
    expect(fictionCode).toMatchObject({
      code: 'FICTION',
      description: 'Skjønnlitteratur for voksne',
      totalMinor: 10_000_000,
      spentMinor: 0,
      remainingMinor: 10_000_000,
      currency: 'NOK',
      fixedPriceDiscountBp: 2_000,
      standardDiscountBp: 3_000,
      fixedPricePeriodMonths: null,
    });
    await create(a.id, youth);
    await create(a.id, { ...youth, code: 'barn-ø_2', totalMinor: 0 });
    const list = (await kari.get(codesOf(a.id))).json() as BudgetCode[];
    expect(list.map((c) => c.code)).toEqual(['BARN-Ø_2', 'FICTION', 'JEUGD']);
    expect((await auditOf(a.id)).filter((e) => e.action === 'budget_code.created')).toHaveLength(3);
  });

  it('changes a code; a new total moves the remaining figure, writes no ledger entry and is audit-logged', async () => {
    const changed = await kari.put(`${codesOf(a.id)}/${fictionCode.id}`, {
      ...fiction,
      code: 'FICTIE',
      description: 'Fictie',
      totalMinor: 12_000_000,
      fixedPricePeriodMonths: 12,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ code: 'FICTIE', description: 'Fictie', totalMinor: 12_000_000, remainingMinor: 12_000_000, fixedPricePeriodMonths: 12 });
    expect((await ledger(a.id, fictionCode.id)).total).toBe(0);
    const audit = (await auditOf(a.id)).find((e) => e.action === 'budget_code.changed');
    expect(audit).toMatchObject({ actorEmail: 'kari@hylle.test', before: { code: 'FICTION', totalMinor: 10_000_000 }, after: { code: 'FICTIE', totalMinor: 12_000_000 } });
  });

  it('refuses invalid fields with a problem naming the field, and creates nothing', async () => {
    const before = await budgetRowCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...fiction, code: 'FIC TION' }, 'code'],
      [{ ...fiction, code: '   ' }, 'code'],
      [{ ...fiction, code: 'A'.repeat(21) }, 'code'],
      [{ ...fiction, code: 'FICTIE' }, 'code'],
      [{ ...fiction, totalMinor: -1 }, 'totalMinor'],
      [{ ...fiction, totalMinor: 10.5 }, 'totalMinor'],
      [{ ...fiction, totalMinor: Number.MAX_SAFE_INTEGER + 2 }, 'totalMinor'],
      [{ ...fiction, fixedPriceDiscountBp: 10_001 }, 'fixedPriceDiscountBp'],
      [{ ...fiction, standardDiscountBp: -1 }, 'standardDiscountBp'],
      [{ ...fiction, fixedPricePeriodMonths: 37 }, 'fixedPricePeriodMonths'],
      [{ ...fiction, spentMinor: 0 }, 'spentMinor'],
    ];
    for (const [body, field] of cases) {
      const response = await kari.post(codesOf(a.id), body);
      if (body.code === 'FICTIE') expectProblem(response, 409, 'conflict', field);
      else expectProblem(response, 400, 'validation', field);
    }
    expect(await budgetRowCount()).toBe(before);
  });

  it('answers 409 naming the code when the account already has it, on create and on change', async () => {
    const duplicate = await kari.post(codesOf(a.id), { ...youth, code: 'Jeugd ' });
    expectProblem(duplicate, 409, 'conflict', 'code');
    expect(duplicate.json().detail).toContain('JEUGD');
    const renamed = await kari.put(`${codesOf(a.id)}/${fictionCode.id}`, { ...fiction, code: 'jeugd' });
    expectProblem(renamed, 409, 'conflict', 'code');
    expect(renamed.json().detail).toContain('JEUGD');
    expect((await codeNow(a.id, fictionCode.id)).code).toBe('FICTIE');
    // Another account may have the same code.
    expect((await create(b.id, youth)).code).toBe('JEUGD');
  });

  it('refuses a correction without a reason, or with a remaining figure that is not a whole non-negative amount', async () => {
    const corrections = `${codesOf(a.id)}/${fictionCode.id}/corrections`;
    expectProblem(await kari.post(corrections, { remainingMinor: 100 }), 400, 'validation', 'reason');
    expectProblem(await kari.post(corrections, { remainingMinor: 100, reason: '  x ' }), 400, 'validation', 'reason');
    expectProblem(await kari.post(corrections, { remainingMinor: 100, reason: 'x'.repeat(501) }), 400, 'validation', 'reason');
    expectProblem(await kari.post(corrections, { remainingMinor: -1, reason: 'Feil' }), 400, 'validation', 'remainingMinor');
    expectProblem(await kari.post(corrections, { remainingMinor: 1.5, reason: 'Feil' }), 400, 'validation', 'remainingMinor');
    expectProblem(await kari.post(corrections, { remainingMinor: 12_000_000, reason: 'Same' }), 400, 'unchanged', 'remainingMinor');
    expect((await ledger(a.id, fictionCode.id)).total).toBe(0);
  });

  it('writes a correction to the ledger with who and why, and the remaining figure follows', async () => {
    const response = await kari.post(`${codesOf(a.id)}/${fictionCode.id}/corrections`, {
      remainingMinor: 11_250_050,
      reason: '  Bestilling 1042 ble lagt inn uten budsjettkode ',
    });
    expect(response.statusCode, response.body).toBe(201);
    const entry = response.json() as BudgetLedgerEntry;
    expect(entry).toMatchObject({
      kind: 'correction',
      amountMinor: 749_950,
      remainingAfterMinor: 11_250_050,
      orderId: null,
      actorName: 'Kari Kundeservice',
      reason: 'Bestilling 1042 ble lagt inn uten budsjettkode',
    });
    expect((await ledger(a.id, fictionCode.id)).items).toEqual([entry]);
    expect(await codeNow(a.id, fictionCode.id)).toMatchObject({ totalMinor: 12_000_000, spentMinor: 749_950, remainingMinor: 11_250_050 });
    const audit = (await auditOf(a.id)).find((e) => e.action === 'budget_code.remaining_corrected');
    expect(audit).toMatchObject({ before: { remainingMinor: 12_000_000 }, after: { remainingMinor: 11_250_050 } });
  });

  it('keeps remaining = total − ledger through debits, credits, corrections and total changes, newest entry first', async () => {
    const code = await create(a.id, { ...fiction, code: 'NON-FICTIE', totalMinor: 100_000 });
    const arne = memberId(a, 'arne@a-stad.be');
    const orderIds = await bareOrders(t, a.id, 6);
    const movement = (amountMinor: number, orderId = orderIds.pop()!) => ({
      budgetCodeId: code.id,
      accountId: a.id,
      amountMinor,
      orderId,
      actorUserId: arne,
      at: t.clock.now(),
    });
    const check = async () => {
      const now = await codeNow(a.id, code.id);
      const entries = (await ledger(a.id, code.id)).items;
      const sum = entries.reduce((acc, e) => acc + e.amountMinor, 0);
      expect(now.spentMinor).toBe(sum);
      expect(now.remainingMinor).toBe(now.totalMinor - sum);
      return { now, entries };
    };
    const order = orderIds.pop()!;
    expect((await t.database.db.transaction((tx) => debitBudget(tx, movement(33_333, order)))).ok).toBe(true);
    await t.database.db.transaction((tx) => debitBudget(tx, movement(12_345)));
    await check();
    expect((await t.database.db.transaction((tx) => creditBudget(tx, movement(33_333, order)))).ok).toBe(true);
    await check();
    await kari.post(`${codesOf(a.id)}/${code.id}/corrections`, { remainingMinor: 80_000, reason: 'Avstemt mot faktura' });
    await check();
    await kari.put(`${codesOf(a.id)}/${code.id}`, { ...fiction, code: 'NON-FICTIE', totalMinor: 150_000 });
    const exceeded = await t.database.db.transaction((tx) => debitBudget(tx, movement(130_001)));
    expect(exceeded).toMatchObject({ ok: false, code: 'budget_exceeded', remainingMinor: 130_000, field: 'budgetCodeId' });
    await t.database.db.transaction((tx) => debitBudget(tx, movement(130_000)));
    // A total lowered under what is spent leaves a negative remaining figure, and nothing more can be spent.
    await kari.put(`${codesOf(a.id)}/${code.id}`, { ...fiction, code: 'NON-FICTIE', totalMinor: 100_000 });
    const { now, entries } = await check();
    expect(now).toMatchObject({ totalMinor: 100_000, spentMinor: 150_000, remainingMinor: -50_000 });
    expect((await t.database.db.transaction((tx) => debitBudget(tx, movement(1)))).ok).toBe(false);

    expect(entries.map((e) => [e.kind, e.amountMinor, e.remainingAfterMinor, e.actorName])).toEqual([
      ['order_debit', 130_000, 0, 'Arne Koper'],
      ['correction', 7_655, 80_000, 'Kari Kundeservice'],
      ['cancellation_credit', -33_333, 87_655, 'Arne Koper'],
      ['order_debit', 12_345, 54_322, 'Arne Koper'],
      ['order_debit', 33_333, 66_667, 'Arne Koper'],
    ]);
    expect(entries[2]!.orderId).toBe(order);
    const firstPage = await ledger(a.id, code.id, 'page=1&pageSize=2');
    const secondPage = await ledger(a.id, code.id, 'page=2&pageSize=2');
    expect(firstPage).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect([...firstPage.items, ...secondPage.items]).toEqual(entries.slice(0, 4));
    expectProblem(await kari.get(`${codesOf(a.id)}/${code.id}/ledger?page=0`), 400, 'validation', 'page');
  });

  it('refuses to debit or credit a code through another account', async () => {
    const [code] = (await kari.get(codesOf(b.id))).json() as BudgetCode[];
    const movement = { budgetCodeId: code!.id, accountId: a.id, amountMinor: 1, orderId: (await bareOrders(t, a.id, 1))[0]!, actorUserId: null, at: t.clock.now() };
    expect(await t.database.db.transaction((tx) => debitBudget(tx, movement))).toMatchObject({ ok: false, code: 'not_found' });
    expect(await t.database.db.transaction((tx) => creditBudget(tx, movement))).toMatchObject({ ok: false, code: 'not_found' });
    expect((await codeNow(b.id, code!.id)).spentMinor).toBe(0);
  });
});

describe('who sees budget codes (ADR 7)', () => {
  it('shows every member of the account its codes, read-only', async () => {
    const asStaff = ((await kari.get(codesOf(a.id))).json() as BudgetCode[]).map((c) => c.id);
    for (const member of [adminOfA, buyerOfA]) {
      const response = await member.get('/api/account/budget-codes');
      expect(response.statusCode, response.body).toBe(200);
      expect((response.json() as BudgetCode[]).map((c) => c.id)).toEqual(asStaff);
      expectProblem(await member.post('/api/account/budget-codes', youth), 404, 'not_found');
      expectProblem(await member.put(`/api/account/budget-codes/${asStaff[0]}`, youth), 404, 'not_found');
    }
  });

  it('shows a member of another account only that account’s codes', async () => {
    const seen = (await adminOfB.get('/api/account/budget-codes')).json() as BudgetCode[];
    expect(seen.map((c) => c.code)).toEqual(['JEUGD']);
    const aIds = ((await kari.get(codesOf(a.id))).json() as BudgetCode[]).map((c) => c.id);
    for (const id of aIds) expect(JSON.stringify(seen)).not.toContain(id);
  });

  it('refuses the staff endpoints to librarians, admins included', async () => {
    const [code] = (await kari.get(codesOf(a.id))).json() as BudgetCode[];
    for (const librarian of [adminOfA, buyerOfA, adminOfB]) {
      expectProblem(await librarian.get(codesOf(a.id)), 403, 'forbidden');
      expectProblem(await librarian.post(codesOf(a.id), { ...youth, code: 'EGEN' }), 403, 'forbidden');
      expectProblem(await librarian.put(`${codesOf(a.id)}/${code!.id}`, { ...fiction, totalMinor: 1 }), 403, 'forbidden');
      expectProblem(await librarian.post(`${codesOf(a.id)}/${code!.id}/corrections`, { remainingMinor: 1, reason: 'Meer budget' }), 403, 'forbidden');
      expectProblem(await librarian.get(`${codesOf(a.id)}/${code!.id}/ledger`), 403, 'forbidden');
    }
    expect(await codeNow(a.id, code!.id)).toEqual(code);
  });

  it('answers 404 for a code through another account’s path, an unknown code or an unknown account', async () => {
    const [code] = (await kari.get(codesOf(a.id))).json() as BudgetCode[];
    for (const [accountId, codeId] of [
      [b.id, code!.id],
      [a.id, unknownId],
      [a.id, 'not-a-uuid'],
    ] as const) {
      expectProblem(await kari.put(`${codesOf(accountId)}/${codeId}`, fiction), 404, 'not_found');
      expectProblem(await kari.post(`${codesOf(accountId)}/${codeId}/corrections`, { remainingMinor: 0, reason: 'Probe' }), 404, 'not_found');
      expectProblem(await kari.get(`${codesOf(accountId)}/${codeId}/ledger`), 404, 'not_found');
    }
    expectProblem(await kari.get(codesOf(unknownId)), 404, 'not_found');
    expectProblem(await kari.post(codesOf(unknownId), youth), 404, 'not_found');
    expect(await codeNow(a.id, code!.id)).toEqual(code);
  });
});
