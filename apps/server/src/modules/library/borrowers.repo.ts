import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { borrowerGroupMembers, borrowers } from './library.schema.ts';

/** A borrower with their own groups (not the ancestors: the engine adds those). */
export async function findBorrower(tx: Tx, libraryId: string, id: string, options: { lock: boolean }) {
  const query = tx
    .select({
      id: borrowers.id,
      cardNumber: borrowers.cardNumber,
      name: borrowers.name,
      blocked: borrowers.blocked,
      groupIds: sql<string[]>`coalesce((SELECT array_agg(${borrowerGroupMembers.borrowerGroupId}::text) FROM ${borrowerGroupMembers} WHERE ${borrowerGroupMembers.borrowerId} = ${borrowers.id}), '{}')`,
    })
    .from(borrowers)
    .where(and(eq(borrowers.accountId, libraryId), eq(borrowers.id, id)));
  const [row] = options.lock ? await query.for('update', { of: borrowers }) : await query;
  return row;
}
