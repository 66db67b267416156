import type { BudgetCodeBody } from '@hylle/contracts';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { reusableStatement } from '../../platform/prepared.ts';
import { accounts, memberships, priceTermColumns, type PriceTermsRow } from '../accounts/index.ts';
import { distributionContextOf, distributionRulesJson } from '../distribution/index.ts';
import { budgetCodes } from './budgets.schema.ts';

export type BudgetCodeRow = typeof budgetCodes.$inferSelect;

/** Every query names the account: a code id of another account matches nothing. */
const ofAccount = (accountId: string, id?: string) =>
  and(eq(budgetCodes.accountId, accountId), id ? eq(budgetCodes.id, id) : undefined);

export async function listBudgetCodeRows(tx: Tx, accountId: string): Promise<BudgetCodeRow[]> {
  return tx.select().from(budgetCodes).where(ofAccount(accountId)).orderBy(asc(budgetCodes.code));
}

const cartSettingRows = reusableStatement('cart_setting', (db) =>
  db
    .select({
      terms: priceTermColumns,
      code: budgetCodes,
      distribution: distributionRulesJson(sql`${sql.placeholder('accountId')}::uuid`, sql`${sql.placeholder('userId')}::uuid`),
    })
    .from(accounts)
    .innerJoin(memberships, and(eq(memberships.accountId, accounts.id), eq(memberships.userId, sql.placeholder('userId'))))
    .leftJoin(budgetCodes, eq(budgetCodes.accountId, accounts.id))
    .where(eq(accounts.id, sql.placeholder('accountId')))
    .orderBy(asc(budgetCodes.code)),
);

/**
 * What the cart is judged and priced against, in one statement, as the cart needs it on
 * every change: the account's price terms and budget codes, its distribution lists and the
 * member's defaults. Undefined when the user is not (or no longer) a member, since all of it
 * is account data.
 */
export async function readCartSettingRows(tx: Tx, owner: { accountId: string; userId: string }) {
  const rows = await cartSettingRows(tx, owner);
  if (rows.length === 0) return undefined;
  const first = rows[0]!;
  return {
    terms: first.terms as PriceTermsRow,
    codes: rows.flatMap((row) => (row.code ? [row.code] : [])),
    ...distributionContextOf(first.distribution),
  };
}

export async function findBudgetCode(tx: Tx, accountId: string, id: string, options: { lock: boolean }): Promise<BudgetCodeRow | undefined> {
  const query = tx.select().from(budgetCodes).where(ofAccount(accountId, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Whether the id is one of the account's budget codes (distribution defaults name one). */
export async function budgetCodeBelongsTo(tx: Tx, accountId: string, budgetCodeId: string): Promise<boolean> {
  const rows = await tx.select({ id: budgetCodes.id }).from(budgetCodes).where(ofAccount(accountId, budgetCodeId));
  return rows.length > 0;
}

/** Whether another code of the account already has this text. */
export async function codeTaken(tx: Tx, accountId: string, code: string, exceptId?: string): Promise<boolean> {
  const rows = await tx
    .select({ id: budgetCodes.id })
    .from(budgetCodes)
    .where(and(eq(budgetCodes.accountId, accountId), eq(budgetCodes.code, code), exceptId ? ne(budgetCodes.id, exceptId) : undefined));
  return rows.length > 0;
}

export async function insertBudgetCode(tx: Tx, accountId: string, body: BudgetCodeBody, at: Date): Promise<BudgetCodeRow> {
  const [row] = await tx
    .insert(budgetCodes)
    .values({ ...body, accountId, createdAt: at, updatedAt: at })
    .returning();
  if (!row) throw new Error('insert into budget_codes returned nothing');
  return row;
}

/** Replaces the settings; the spent figure (the ledger's sum) stays, so remaining follows the total. */
export async function updateBudgetCode(tx: Tx, accountId: string, id: string, body: BudgetCodeBody, at: Date): Promise<BudgetCodeRow | undefined> {
  const [row] = await tx
    .update(budgetCodes)
    .set({ ...body, updatedAt: at })
    .where(ofAccount(accountId, id))
    .returning();
  return row;
}
