import type { DeskDecision } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { activeBookingsOfItem, insertBooking, openLoanDueOfItem } from './circulation.repo.ts';
import { borrowerFacts, openDeskContext } from './desk-context.ts';
import { deskDecision } from './desk-views.ts';
import { bookingVerdict } from './domain/circulation-rules.ts';

/**
 * Books an item for a period (rule 12). The item's row is held, so two desks booking the
 * same days take turns and the second sees the first's booking.
 */
export async function bookItem(
  ctx: AppContext,
  libraryId: string,
  act: { borrowerId: string; barcode: string; start: string; end: string },
): Promise<Result<DeskDecision, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const opened = await openDeskContext(ctx, tx, libraryId, act);
    if (!opened.ok) return opened;
    const { policy, borrower, item, today } = opened.value;
    const verdict = bookingVerdict(policy, {
      borrower: borrowerFacts(borrower),
      materialGroupId: item.materialGroupId,
      today,
      period: { start: act.start, end: act.end },
      otherBookings: await activeBookingsOfItem(tx, item.id),
      onLoanUntil: item.status === 'on_loan' ? await openLoanDueOfItem(tx, item.id) : null,
    });
    if (!verdict.allowed || !verdict.blockedFrom) return ok(deskDecision(verdict.explanation));
    const booking = { accountId: libraryId, itemId: item.id, borrowerId: borrower.id, startsOn: act.start, endsOn: act.end, blockedFrom: verdict.blockedFrom, decision: verdict.explanation };
    const id = await insertBooking(tx, booking, ctx.clock.now());
    return ok(deskDecision(verdict.explanation, { booking: { id, itemId: item.id, borrowerId: borrower.id, startsOn: act.start, endsOn: act.end, blockedFrom: verdict.blockedFrom } }));
  });
}
