import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { reusableStatement } from '../../platform/prepared.ts';
import type { Explanation } from './domain/explain.ts';
import { bookings, borrowers, illRequests, items, loans, reservations } from './library.schema.ts';

export type LoanRow = typeof loans.$inferSelect;

const loanColumns = {
  loan: loans,
  item: { id: items.id, barcode: items.barcode, title: items.title },
  borrower: { id: borrowers.id, cardNumber: borrowers.cardNumber, name: borrowers.name },
};

export async function insertLoan(
  tx: Tx,
  loan: { accountId: string; itemId: string; borrowerId: string; materialGroupId: string; loanedOn: string; dueOn: string; automatic: boolean; decision: Explanation },
  at: Date,
): Promise<LoanRow> {
  const [row] = await tx.insert(loans).values({ ...loan, createdAt: at, updatedAt: at }).returning();
  return row!;
}

/** One loan with its item and borrower; `lock` holds it (renewal, return). */
export async function findLoan(tx: Tx, libraryId: string, loanId: string, options: { lock: boolean }) {
  const query = tx
    .select(loanColumns)
    .from(loans)
    .innerJoin(items, eq(items.id, loans.itemId))
    .innerJoin(borrowers, eq(borrowers.id, loans.borrowerId))
    .where(and(eq(loans.accountId, libraryId), eq(loans.id, loanId)));
  const [row] = options.lock ? await query.for('update', { of: loans }) : await query;
  return row;
}
export type LoanWithParties = NonNullable<Awaited<ReturnType<typeof findLoan>>>;

export async function openLoansOfBorrower(tx: Tx, borrowerId: string) {
  return tx
    .select(loanColumns)
    .from(loans)
    .innerJoin(items, eq(items.id, loans.itemId))
    .innerJoin(borrowers, eq(borrowers.id, loans.borrowerId))
    .where(and(eq(loans.borrowerId, borrowerId), ne(loans.status, 'returned')))
    .orderBy(asc(loans.dueOn), asc(items.title));
}

export async function markRenewed(tx: Tx, loanId: string, dueOn: string, decision: Explanation, at: Date): Promise<void> {
  await tx
    .update(loans)
    .set({ dueOn, renewalsUsed: sql`${loans.renewalsUsed} + 1`, decision, updatedAt: at })
    .where(eq(loans.id, loanId));
}

const returnOpenLoan = reusableStatement('return_open_loan_of_item', (db) =>
  db
    .update(loans)
    .set({ status: 'returned', returnedOn: sql`${sql.placeholder('returnedOn')}::date`, updatedAt: sql`${sql.placeholder('at')}::timestamptz` })
    .where(and(eq(loans.itemId, sql.placeholder('itemId')), ne(loans.status, 'returned')))
    .returning(),
);

/** Ends the item's open loan, if it has one, and gives it back. */
export async function returnLoanOfItem(tx: Tx, itemId: string, returnedOn: string, at: Date): Promise<LoanRow | undefined> {
  const [row] = await returnOpenLoan(tx, { itemId, returnedOn, at: at.toISOString() });
  return row;
}

/** Whether a borrower other than this one waits for the item (rule 10). */
export async function reservedByOther(tx: Tx, itemId: string, borrowerId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: reservations.id })
    .from(reservations)
    .where(and(eq(reservations.itemId, itemId), eq(reservations.status, 'waiting'), ne(reservations.borrowerId, borrowerId)))
    .limit(1);
  return rows.length > 0;
}

export async function insertReservation(tx: Tx, reservation: { accountId: string; itemId: string; borrowerId: string; decision: Explanation }, at: Date): Promise<string> {
  const [row] = await tx.insert(reservations).values({ ...reservation, createdAt: at }).returning({ id: reservations.id });
  return row!.id;
}

export async function waitingReservationOf(tx: Tx, itemId: string, borrowerId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ id: reservations.id })
    .from(reservations)
    .where(and(eq(reservations.itemId, itemId), eq(reservations.borrowerId, borrowerId), eq(reservations.status, 'waiting')));
  return row?.id;
}

const fulfil = reusableStatement('fulfil_own_reservation', (db) =>
  db
    .update(reservations)
    .set({ status: 'fulfilled' })
    .where(and(eq(reservations.itemId, sql.placeholder('itemId')), eq(reservations.borrowerId, sql.placeholder('borrowerId')), eq(reservations.status, 'waiting'))),
);

/** The borrower's own waiting reservation of the item, if any, is fulfilled by lending it to them. */
export async function fulfilOwnReservation(tx: Tx, itemId: string, borrowerId: string): Promise<void> {
  await fulfil(tx, { itemId, borrowerId });
}

export async function reservationsOfBorrower(tx: Tx, borrowerId: string) {
  return tx
    .select({ id: reservations.id, item: { id: items.id, barcode: items.barcode, title: items.title }, createdAt: reservations.createdAt })
    .from(reservations)
    .innerJoin(items, eq(items.id, reservations.itemId))
    .where(and(eq(reservations.borrowerId, borrowerId), eq(reservations.status, 'waiting')))
    .orderBy(asc(reservations.createdAt));
}

const bookingsOfItem = reusableStatement('active_bookings_of_item', (db) =>
  db
    .select({ borrowerId: bookings.borrowerId, start: bookings.startsOn, end: bookings.endsOn, blockedFrom: bookings.blockedFrom })
    .from(bookings)
    .where(and(eq(bookings.itemId, sql.placeholder('itemId')), isNull(bookings.cancelledAt))),
);

/** The item's bookings, each with the span it blocks. */
export async function activeBookingsOfItem(tx: Tx, itemId: string) {
  return bookingsOfItem(tx, { itemId });
}

/** When the item's open loan is due, if it is out. */
export async function openLoanDueOfItem(tx: Tx, itemId: string): Promise<string | null> {
  const [row] = await tx.select({ dueOn: loans.dueOn }).from(loans).where(and(eq(loans.itemId, itemId), ne(loans.status, 'returned')));
  return row?.dueOn ?? null;
}

export async function insertBooking(
  tx: Tx,
  booking: { accountId: string; itemId: string; borrowerId: string; startsOn: string; endsOn: string; blockedFrom: string; decision: Explanation },
  at: Date,
): Promise<string> {
  const [row] = await tx.insert(bookings).values({ ...booking, createdAt: at }).returning({ id: bookings.id });
  return row!.id;
}

export async function bookingsOfBorrower(tx: Tx, borrowerId: string) {
  return tx
    .select({ booking: bookings, item: { id: items.id, barcode: items.barcode, title: items.title } })
    .from(bookings)
    .innerJoin(items, eq(items.id, bookings.itemId))
    .where(and(eq(bookings.borrowerId, borrowerId), isNull(bookings.cancelledAt)))
    .orderBy(asc(bookings.startsOn));
}

export async function insertIllRequest(
  tx: Tx,
  request: { accountId: string; itemId: string; borrowerId: string; status: 'accepted' | 'refused'; decision: Explanation },
  at: Date,
): Promise<string> {
  const [row] = await tx.insert(illRequests).values({ ...request, createdAt: at }).returning({ id: illRequests.id });
  return row!.id;
}
