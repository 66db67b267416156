import { and, asc, count, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { reusableStatement } from '../../platform/prepared.ts';
import { borrowerGroupMembers, borrowerGroups, borrowers, loans } from './library.schema.ts';

// Written out with aliases: in a one-table select Drizzle names columns without their table,
// and an unqualified "id" inside a subquery would be the subquery's own.
const groupIdsOf = sql<string[]>`coalesce((SELECT array_agg(m.borrower_group_id::text ORDER BY m.borrower_group_id) FROM borrower_group_members m WHERE m.borrower_id = "borrowers"."id"), '{}')`;
/** Loans that count against a limit (rule 11): open, on hold, or with an unpaid replacement charge. */
export const countsAgainstLimit = sql`(${loans.status} <> 'returned' OR ${loans.replacementUnpaid})`;
const openLoansOf = sql<number>`(SELECT count(*)::int FROM loans l WHERE l.borrower_id = "borrowers"."id" AND (l.status <> 'returned' OR l.replacement_unpaid))`;

const columns = { id: borrowers.id, cardNumber: borrowers.cardNumber, name: borrowers.name, blocked: borrowers.blocked, groupIds: groupIdsOf, openLoans: openLoansOf };
export type BorrowerRow = { id: string; cardNumber: string; name: string; blocked: boolean; groupIds: string[]; openLoans: number };

/**
 * A borrower with their own groups (not the ancestors: the engine adds those). `lock` holds
 * the borrower's row: two desks lending to one borrower take turns, so the loan limit is
 * counted once per loan.
 */
export async function findBorrower(tx: Tx, libraryId: string, id: string, options: { lock: boolean }): Promise<BorrowerRow | undefined> {
  const query = tx.select(columns).from(borrowers).where(and(eq(borrowers.accountId, libraryId), eq(borrowers.id, id)));
  const [row] = options.lock ? await query.for('update', { of: borrowers }) : await query;
  return row;
}

const holdBorrower = reusableStatement('hold_borrower_for_desk', (db) =>
  db
    .select({ id: borrowers.id, cardNumber: borrowers.cardNumber, name: borrowers.name, blocked: borrowers.blocked, groupIds: groupIdsOf })
    .from(borrowers)
    .where(and(eq(borrowers.accountId, sql.placeholder('libraryId')), eq(borrowers.id, sql.placeholder('id'))))
    .for('update', { of: borrowers }),
);

/** What a desk act needs of the borrower, their row held until the act commits (every lend, reservation, booking). */
export async function holdBorrowerForDesk(tx: Tx, libraryId: string, id: string): Promise<Omit<BorrowerRow, 'openLoans'> | undefined> {
  const [row] = await holdBorrower(tx, { libraryId, id });
  return row;
}

/** By card number exactly, or by the start of a name; at most 50. */
export async function searchBorrowers(tx: Tx, libraryId: string, q: string): Promise<BorrowerRow[]> {
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return tx
    .select(columns)
    .from(borrowers)
    .where(and(eq(borrowers.accountId, libraryId), or(eq(borrowers.cardNumber, q), ilike(borrowers.name, `${escaped}%`), ilike(borrowers.name, `% ${escaped}%`))))
    .orderBy(asc(sql`lower(${borrowers.name})`))
    .limit(50);
}

export async function borrowerIdByCard(tx: Tx, libraryId: string, cardNumber: string): Promise<string | undefined> {
  const [row] = await tx.select({ id: borrowers.id }).from(borrowers).where(and(eq(borrowers.accountId, libraryId), eq(borrowers.cardNumber, cardNumber)));
  return row?.id;
}

/** Undefined when the card number was taken meanwhile (another desk, an import). */
export async function insertBorrower(tx: Tx, libraryId: string, values: { cardNumber: string; name: string; blocked: boolean }, at: Date): Promise<string | undefined> {
  const [row] = await tx.insert(borrowers).values({ ...values, accountId: libraryId, createdAt: at }).onConflictDoNothing().returning({ id: borrowers.id });
  return row?.id;
}

export async function updateBorrower(tx: Tx, libraryId: string, id: string, values: { cardNumber: string; name: string; blocked: boolean }): Promise<void> {
  await tx.update(borrowers).set(values).where(and(eq(borrowers.accountId, libraryId), eq(borrowers.id, id)));
}

export async function setBorrowerGroups(tx: Tx, borrowerId: string, groupIds: readonly string[]): Promise<void> {
  await tx.delete(borrowerGroupMembers).where(eq(borrowerGroupMembers.borrowerId, borrowerId));
  if (groupIds.length > 0) await tx.insert(borrowerGroupMembers).values([...new Set(groupIds)].map((borrowerGroupId) => ({ borrowerId, borrowerGroupId })));
}

/** Which of the ids are the library's borrower groups. */
export async function knownGroupIds(tx: Tx, libraryId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: borrowerGroups.id }).from(borrowerGroups).where(and(eq(borrowerGroups.accountId, libraryId), inArray(borrowerGroups.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

/** Rule 11: the borrower's loans in the material group that count against its limit. */
const loansInGroup = reusableStatement('count_loans_in_group', (db) =>
  db
    .select({ n: count() })
    .from(loans)
    .where(and(eq(loans.borrowerId, sql.placeholder('borrowerId')), eq(loans.materialGroupId, sql.placeholder('materialGroupId')), countsAgainstLimit)),
);

export async function countLoansInGroup(tx: Tx, borrowerId: string, materialGroupId: string): Promise<number> {
  const [row] = await loansInGroup(tx, { borrowerId, materialGroupId });
  return row?.n ?? 0;
}
