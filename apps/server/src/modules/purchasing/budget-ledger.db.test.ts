import type { AccountDetail } from '@hylle/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareOrders } from '../../test-support/bare-orders.ts';
import { memberId, seedAccount, seedStaff } from '../../test-support/seed.ts';
import { startTestApp, type TestApp } from '../../test-support/test-app.ts';
import { debitBudget } from './index.ts';

/**
 * Checkout debits a budget code in its own transaction (CHK-4). Many buyers of one account
 * confirming orders at once must spend the code exactly: the ledger equals the orders to
 * the øre, and nothing is spent past the total.
 */
let t: TestApp;
let library: AccountDetail;
let buyers: string[];

async function createCode(code: string, totalMinor: number): Promise<string> {
  const rows = await t.database.db.execute<{ id: string }>(
    sql`INSERT INTO budget_codes (account_id, code, total_minor) VALUES (${library.id}, ${code}, ${totalMinor}) RETURNING id`,
  );
  return rows.rows[0]!.id;
}

async function stateOf(codeId: string) {
  const code = await t.database.db.execute<{ spent: string; total: string }>(
    sql`SELECT spent_minor AS spent, total_minor AS total FROM budget_codes WHERE id = ${codeId}`,
  );
  const ledger = await t.database.db.execute<{ n: number; sum: string | null }>(
    sql`SELECT count(*)::int AS n, sum(amount_minor) AS sum FROM budget_ledger_entries WHERE budget_code_id = ${codeId}`,
  );
  return {
    spent: Number(code.rows[0]!.spent),
    total: Number(code.rows[0]!.total),
    entries: ledger.rows[0]!.n,
    ledgerSum: Number(ledger.rows[0]!.sum ?? 0),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  const staff = await seedStaff(t);
  const emails = Array.from({ length: 50 }, (_, i) => `koper${i}@fjordby.no`);
  library = await seedAccount(t, staff, {
    name: 'Fjordby bibliotek',
    admin: { email: 'anne@fjordby.no' },
    members: emails.map((email) => ({ email, role: 'buyer' as const })),
  });
  buyers = emails.map((email) => memberId(library, email));
});
afterAll(() => t.stop());

describe('debiting a budget code (CHK-4)', () => {
  it('lets 50 buyers checking out at once spend exactly what the code allows, to the øre', async () => {
    const amount = 19_999;
    const fits = 20;
    const codeId = await createCode('FIKSJON', amount * fits + 1_234);
    const orderIds = await bareOrders(t, library.id, buyers.length);
    const results = await Promise.all(
      buyers.map((buyer, i) =>
        t.database.db.transaction((tx) =>
          debitBudget(tx, { budgetCodeId: codeId, accountId: library.id, amountMinor: amount, orderId: orderIds[i]!, actorUserId: buyer, at: t.clock.now() }),
        ),
      ),
    );
    const succeeded = results.filter((r) => r.ok);
    expect(succeeded).toHaveLength(fits);
    for (const refused of results.filter((r) => !r.ok)) {
      expect(refused).toMatchObject({ code: 'budget_exceeded', remainingMinor: 1_234 });
    }
    const state = await stateOf(codeId);
    expect(state).toEqual({ spent: succeeded.length * amount, total: amount * fits + 1_234, entries: fits, ledgerSum: succeeded.length * amount });
    // Each debit saw the figure the one before it left: the remaining figures step down by the amount.
    const after = succeeded.map((r) => (r.ok ? r.value.remainingAfterMinor : 0)).sort((x, y) => y - x);
    expect(after).toEqual(Array.from({ length: fits }, (_, i) => 1_234 + (fits - 1 - i) * amount));
  });

  it('takes the debit back when the checkout fails after it in the same transaction', async () => {
    const codeId = await createCode('JEUGD', 50_000);
    const before = await stateOf(codeId);
    const [orderId] = await bareOrders(t, library.id, 1);
    const failed = t.database.db.transaction(async (tx) => {
      const debited = await debitBudget(tx, {
        budgetCodeId: codeId,
        accountId: library.id,
        amountMinor: 12_500,
        orderId: orderId!,
        actorUserId: buyers[0]!,
        at: t.clock.now(),
      });
      expect(debited.ok).toBe(true);
      throw new Error('the order could not be saved');
    });
    await expect(failed).rejects.toThrow('the order could not be saved');
    expect(await stateOf(codeId)).toEqual(before);
    expect(before).toMatchObject({ spent: 0, entries: 0 });
  });

  it('refuses amounts that are not positive whole minor units', async () => {
    const codeId = await createCode('VOKSEN', 50_000);
    const [orderId] = await bareOrders(t, library.id, 1);
    for (const amountMinor of [0, -100, 10.5]) {
      const attempt = t.database.db.transaction((tx) =>
        debitBudget(tx, { budgetCodeId: codeId, accountId: library.id, amountMinor, orderId: orderId!, actorUserId: null, at: t.clock.now() }),
      );
      await expect(attempt).rejects.toThrow(/positive whole number/);
    }
    expect(await stateOf(codeId)).toMatchObject({ spent: 0, entries: 0 });
  });
});
