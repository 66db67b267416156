import { and, asc, count, eq, isNull, max, ne, sql } from 'drizzle-orm';
import type { DistributionFieldBody } from '@hylle/contracts';
import type { Tx } from '../../platform/db.ts';
import { distributionFields } from './distribution.schema.ts';

export type DistributionFieldRow = typeof distributionFields.$inferSelect;

/** Every query names the account: a field id of another account matches nothing. Removed fields are left out. */
const activeOfAccount = (accountId: string, id?: string) =>
  and(eq(distributionFields.accountId, accountId), isNull(distributionFields.removedAt), id ? eq(distributionFields.id, id) : undefined);

/** The account's active fields in the order lines show them. */
export async function listActiveFields(tx: Tx, accountId: string): Promise<DistributionFieldRow[]> {
  return tx
    .select()
    .from(distributionFields)
    .where(activeOfAccount(accountId))
    .orderBy(asc(distributionFields.position), asc(distributionFields.createdAt));
}

export async function findActiveField(tx: Tx, accountId: string, id: string): Promise<DistributionFieldRow | undefined> {
  const [row] = await tx.select().from(distributionFields).where(activeOfAccount(accountId, id));
  return row;
}

export async function countActiveFields(tx: Tx, accountId: string): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(distributionFields).where(activeOfAccount(accountId));
  return row?.n ?? 0;
}

/** Whether another active field has this name, whatever its case: values are kept by name. */
export async function fieldNameTaken(tx: Tx, accountId: string, name: string, exceptId?: string): Promise<boolean> {
  const rows = await tx
    .select({ id: distributionFields.id })
    .from(distributionFields)
    .where(
      and(
        activeOfAccount(accountId),
        sql`lower(${distributionFields.name}) = lower(${name})`,
        exceptId ? ne(distributionFields.id, exceptId) : undefined,
      ),
    );
  return rows.length > 0;
}

/** A new field goes last; removed fields keep their places, which only order. */
export async function insertField(tx: Tx, accountId: string, body: DistributionFieldBody, at: Date): Promise<DistributionFieldRow> {
  const [last] = await tx.select({ position: max(distributionFields.position) }).from(distributionFields).where(eq(distributionFields.accountId, accountId));
  const [row] = await tx
    .insert(distributionFields)
    .values({ ...body, accountId, position: (last?.position ?? -1) + 1, createdAt: at })
    .returning();
  if (!row) throw new Error('insert into distribution_fields returned nothing');
  return row;
}

export async function updateField(tx: Tx, accountId: string, id: string, body: DistributionFieldBody): Promise<DistributionFieldRow | undefined> {
  const [row] = await tx.update(distributionFields).set(body).where(activeOfAccount(accountId, id)).returning();
  return row;
}

export async function removeField(tx: Tx, accountId: string, id: string, at: Date): Promise<DistributionFieldRow | undefined> {
  const [row] = await tx.update(distributionFields).set({ removedAt: at }).where(activeOfAccount(accountId, id)).returning();
  return row;
}
