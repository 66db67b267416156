import type { DeskDecision } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { insertReservation, waitingReservationOf } from './circulation.repo.ts';
import { borrowerFacts, openDeskContext } from './desk-context.ts';
import { deskDecision } from './desk-views.ts';
import { reservationVerdict } from './domain/circulation-rules.ts';

/** Places a reservation of an item for a borrower (rule 7): the winning profile must allow it. */
export async function reserveItem(ctx: AppContext, libraryId: string, act: { borrowerId: string; barcode: string }): Promise<Result<DeskDecision, 'not_found' | 'already_reserved'>> {
  return inTransaction(ctx.db, async (tx) => {
    const opened = await openDeskContext(ctx, tx, libraryId, act);
    if (!opened.ok) return opened;
    const { policy, borrower, item } = opened.value;
    if (await waitingReservationOf(tx, item.id, borrower.id)) return err('already_reserved', `${borrower.name} has already reserved “${item.title}”`, 'barcode');
    const verdict = reservationVerdict(policy, { borrower: borrowerFacts(borrower), materialGroupId: item.materialGroupId });
    if (!verdict.allowed) return ok(deskDecision(verdict.explanation));
    const reservationId = await insertReservation(tx, { accountId: libraryId, itemId: item.id, borrowerId: borrower.id, decision: verdict.explanation }, ctx.clock.now());
    return ok(deskDecision(verdict.explanation, { reservationId }));
  });
}
