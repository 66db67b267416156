import { and, count, desc, eq, sql } from 'drizzle-orm';
import { err, ok, type Failure, type Result } from '../../kernel/result.ts';
import type { Tx } from '../../platform/db.ts';
import { users } from '../identity/index.ts';
import { budgetCodes, budgetLedgerEntries } from './budgets.schema.ts';

export type BudgetLedgerRow = typeof budgetLedgerEntries.$inferSelect;

/** An order's amount on a code, as checkout (debit) and cancellation (credit) give it: always positive. */
export type BudgetMovement = {
  budgetCodeId: string;
  accountId: string;
  amountMinor: number;
  orderId: string;
  actorUserId: string | null;
  at: Date;
};

/** What the code still had when a debit was refused, so checkout can say so. */
export type BudgetExceeded = Failure<'budget_exceeded'> & { readonly remainingMinor: number };

type Entry = Omit<BudgetMovement, 'orderId'> & {
  kind: BudgetLedgerRow['kind'];
  orderId: string | null;
  reason: string | null;
};

/**
 * Moves the code's spent figure by the entry's signed amount and writes the entry, in the
 * caller's transaction. The UPDATE takes the code's row lock, so concurrent movements of one
 * code take turns and each sees the figure the one before left; `withinBudget` adds the
 * condition that the remaining figure covers the amount, checked on the row as it is then.
 */
async function applyEntry(tx: Tx, entry: Entry, withinBudget: boolean): Promise<BudgetLedgerRow | undefined> {
  const [code] = await tx
    .update(budgetCodes)
    .set({ spentMinor: sql`${budgetCodes.spentMinor} + ${entry.amountMinor}` })
    .where(
      and(
        eq(budgetCodes.id, entry.budgetCodeId),
        eq(budgetCodes.accountId, entry.accountId),
        withinBudget ? sql`${budgetCodes.totalMinor} - ${budgetCodes.spentMinor} >= ${entry.amountMinor}` : undefined,
      ),
    )
    .returning({ totalMinor: budgetCodes.totalMinor, spentMinor: budgetCodes.spentMinor });
  if (!code) return undefined;
  const [row] = await tx
    .insert(budgetLedgerEntries)
    .values({
      budgetCodeId: entry.budgetCodeId,
      accountId: entry.accountId,
      kind: entry.kind,
      amountMinor: entry.amountMinor,
      remainingAfterMinor: code.totalMinor - code.spentMinor,
      orderId: entry.orderId,
      actorUserId: entry.actorUserId,
      reason: entry.reason,
      createdAt: entry.at,
    })
    .returning();
  if (!row) throw new Error('insert into budget_ledger_entries returned nothing');
  return row;
}

function assertPositiveAmount(amountMinor: number): void {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) {
    throw new Error(`a budget movement is a positive whole number of minor units, not ${amountMinor}`);
  }
}

/**
 * Spends an order's amount on a budget code when the order is confirmed (CHK-4), never
 * more than remains: 50 buyers checking out at once against one code spend it exactly.
 * Not found when the code is not the account's. Runs in the caller's transaction, so a
 * rollback of the checkout takes the debit with it.
 */
export async function debitBudget(tx: Tx, movement: BudgetMovement): Promise<Result<BudgetLedgerRow, 'not_found'> | BudgetExceeded> {
  assertPositiveAmount(movement.amountMinor);
  const entry = await applyEntry(tx, { ...movement, kind: 'order_debit', reason: null }, true);
  if (entry) return ok(entry);
  const [code] = await tx
    .select({ remainingMinor: sql<number>`${budgetCodes.totalMinor} - ${budgetCodes.spentMinor}`.mapWith(Number) })
    .from(budgetCodes)
    .where(and(eq(budgetCodes.id, movement.budgetCodeId), eq(budgetCodes.accountId, movement.accountId)));
  if (!code) return err('not_found', 'No such budget code', 'budgetCodeId');
  return {
    ...err('budget_exceeded', `The budget code has ${code.remainingMinor} left, less than ${movement.amountMinor}`, 'budgetCodeId'),
    remainingMinor: code.remainingMinor,
  };
}

/** Gives a cancelled order's amount back to its code (a negative entry). */
export async function creditBudget(tx: Tx, movement: BudgetMovement): Promise<Result<BudgetLedgerRow, 'not_found'>> {
  assertPositiveAmount(movement.amountMinor);
  const entry = await applyEntry(tx, { ...movement, amountMinor: -movement.amountMinor, kind: 'cancellation_credit', reason: null }, false);
  return entry ? ok(entry) : err('not_found', 'No such budget code', 'budgetCodeId');
}

/** Staff's correction: `amountMinor` is signed (remaining before − remaining after). */
export async function recordCorrection(
  tx: Tx,
  correction: Omit<BudgetMovement, 'orderId'> & { reason: string },
): Promise<BudgetLedgerRow | undefined> {
  return applyEntry(tx, { ...correction, kind: 'correction', orderId: null }, false);
}

/** Newest first, with the name of who caused each entry. */
export async function listLedgerEntries(tx: Tx, budgetCodeId: string, page: { limit: number; offset: number }) {
  const items = await tx
    .select({ entry: budgetLedgerEntries, actorName: users.name })
    .from(budgetLedgerEntries)
    .leftJoin(users, eq(users.id, budgetLedgerEntries.actorUserId))
    .where(eq(budgetLedgerEntries.budgetCodeId, budgetCodeId))
    .orderBy(desc(budgetLedgerEntries.seq))
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await tx.select({ total: count() }).from(budgetLedgerEntries).where(eq(budgetLedgerEntries.budgetCodeId, budgetCodeId));
  return { items, total: counted?.total ?? 0 };
}

/** What an order still holds of each code: its debits less what was credited back, per code. */
export async function netDebitsOfOrder(tx: Tx, accountId: string, orderId: string): Promise<{ budgetCodeId: string; amountMinor: number }[]> {
  const rows = await tx
    .select({ budgetCodeId: budgetLedgerEntries.budgetCodeId, amountMinor: sql<number>`sum(${budgetLedgerEntries.amountMinor})`.mapWith(Number) })
    .from(budgetLedgerEntries)
    .where(and(eq(budgetLedgerEntries.accountId, accountId), eq(budgetLedgerEntries.orderId, orderId)))
    .groupBy(budgetLedgerEntries.budgetCodeId)
    .orderBy(budgetLedgerEntries.budgetCodeId);
  return rows.filter((r) => r.amountMinor > 0);
}
