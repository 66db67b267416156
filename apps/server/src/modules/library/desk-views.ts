import type { Booking, Borrower, DeskDecision, Item, Loan } from '@hylle/contracts';
import type { BorrowerRow } from './borrowers.repo.ts';
import type { LoanWithParties } from './circulation.repo.ts';
import type { Explanation } from './domain/explain.ts';
import type { ItemRow } from './items.repo.ts';
import type { bookings } from './library.schema.ts';

export const toLoanView = ({ loan, item, borrower }: LoanWithParties): Loan => ({
  id: loan.id,
  item,
  borrower,
  materialGroupId: loan.materialGroupId,
  status: loan.status,
  loanedOn: loan.loanedOn,
  dueOn: loan.dueOn,
  renewalsUsed: loan.renewalsUsed,
  returnedOn: loan.returnedOn,
  decision: loan.decision,
});

export const toBorrowerView = (row: BorrowerRow, groupNames: ReadonlyMap<string, string>): Borrower => ({
  id: row.id,
  cardNumber: row.cardNumber,
  name: row.name,
  blocked: row.blocked,
  groups: row.groupIds.map((id) => ({ id, name: groupNames.get(id) ?? '' })),
  openLoans: row.openLoans,
});

export const toBookingView = (row: typeof bookings.$inferSelect): Booking => ({
  id: row.id,
  itemId: row.itemId,
  borrowerId: row.borrowerId,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  blockedFrom: row.blockedFrom,
});

/** A decision the desk shows: nothing made unless something is given. */
export const deskDecision = (explanation: Explanation, made: Partial<Pick<DeskDecision, 'loan' | 'booking' | 'reservationId' | 'illRequestId'>> = {}): DeskDecision => ({
  allowed: explanation.outcome === 'allowed',
  explanation,
  loan: made.loan ?? null,
  booking: made.booking ?? null,
  reservationId: made.reservationId ?? null,
  illRequestId: made.illRequestId ?? null,
});

export const toItemView = (row: ItemRow): Item => ({
  id: row.id,
  barcode: row.barcode,
  title: row.title,
  materialGroup: { id: row.materialGroupId, name: row.materialGroupName },
  department: row.department,
  shelfLocation: row.shelfLocation,
  status: row.status,
});
