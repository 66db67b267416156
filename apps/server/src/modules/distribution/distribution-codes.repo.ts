import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { distributionCodes, type DistributionList } from './distribution.schema.ts';

export type DistributionCodeRow = typeof distributionCodes.$inferSelect;

/** Every query names the account: a code id of another account matches nothing. Removed codes are left out. */
const activeOfAccount = (accountId: string, id?: string) =>
  and(eq(distributionCodes.accountId, accountId), isNull(distributionCodes.removedAt), id ? eq(distributionCodes.id, id) : undefined);

/** The account's active codes, by list (as the schema names them), then code. */
export async function listActiveCodes(tx: Tx, accountId: string): Promise<DistributionCodeRow[]> {
  return tx.select().from(distributionCodes).where(activeOfAccount(accountId)).orderBy(asc(distributionCodes.list), asc(distributionCodes.code));
}

export async function findActiveCode(tx: Tx, accountId: string, id: string): Promise<DistributionCodeRow | undefined> {
  const [row] = await tx.select().from(distributionCodes).where(activeOfAccount(accountId, id));
  return row;
}

/** The code as the account has it in the list, active or removed. */
export async function findCodeInList(tx: Tx, accountId: string, list: DistributionList, code: string): Promise<DistributionCodeRow | undefined> {
  const [row] = await tx
    .select()
    .from(distributionCodes)
    .where(and(eq(distributionCodes.accountId, accountId), eq(distributionCodes.list, list), eq(distributionCodes.code, code)));
  return row;
}

export async function countActiveCodes(tx: Tx, accountId: string, list: DistributionList): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(distributionCodes)
    .where(and(activeOfAccount(accountId), eq(distributionCodes.list, list)));
  return row?.n ?? 0;
}

export async function insertCode(
  tx: Tx,
  accountId: string,
  code: { list: DistributionList; code: string; label: string },
  at: Date,
): Promise<DistributionCodeRow> {
  const [row] = await tx
    .insert(distributionCodes)
    .values({ ...code, accountId, createdAt: at })
    .returning();
  if (!row) throw new Error('insert into distribution_codes returned nothing');
  return row;
}

/** A removed code comes back with the label it is given now. */
export async function reviveCode(tx: Tx, accountId: string, id: string, label: string): Promise<DistributionCodeRow> {
  const [row] = await tx
    .update(distributionCodes)
    .set({ label, removedAt: null })
    .where(and(eq(distributionCodes.accountId, accountId), eq(distributionCodes.id, id)))
    .returning();
  if (!row) throw new Error(`distribution code ${id} vanished under the account's lock`);
  return row;
}

export async function updateCodeLabel(tx: Tx, accountId: string, id: string, label: string): Promise<DistributionCodeRow | undefined> {
  const [row] = await tx.update(distributionCodes).set({ label }).where(activeOfAccount(accountId, id)).returning();
  return row;
}

/** Removed, not deleted: lines that used the code still read it. */
export async function removeCode(tx: Tx, accountId: string, id: string, at: Date): Promise<DistributionCodeRow | undefined> {
  const [row] = await tx.update(distributionCodes).set({ removedAt: at }).where(activeOfAccount(accountId, id)).returning();
  return row;
}
