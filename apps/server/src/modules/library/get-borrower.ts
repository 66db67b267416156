import type { BorrowerDetail } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findBorrower } from './borrowers.repo.ts';
import { bookingsOfBorrower, openLoansOfBorrower, reservationsOfBorrower } from './circulation.repo.ts';
import { toBookingView, toBorrowerView, toLoanView } from './desk-views.ts';
import { listBorrowerGroups } from './policy.repo.ts';

/** One borrower at the desk: groups, open loans with their decisions, reservations and bookings. */
export async function getBorrower(ctx: AppContext, libraryId: string, id: string): Promise<Result<BorrowerDetail, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const row = await findBorrower(tx, libraryId, id, { lock: false });
    if (!row) return err('not_found', 'No such borrower');
    const names = new Map((await listBorrowerGroups(tx, libraryId)).map((g) => [g.id, g.name]));
    return ok({
      borrower: toBorrowerView(row, names),
      loans: (await openLoansOfBorrower(tx, id)).map(toLoanView),
      reservations: (await reservationsOfBorrower(tx, id)).map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
      bookings: (await bookingsOfBorrower(tx, id)).map((b) => ({ ...toBookingView(b.booking), item: b.item })),
    });
  });
}
