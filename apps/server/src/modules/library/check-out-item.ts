import type { DeskDecision } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { countLoansInGroup } from './borrowers.repo.ts';
import { activeBookingsOfItem, fulfilOwnReservation, insertLoan } from './circulation.repo.ts';
import { borrowerFacts, openDeskContext } from './desk-context.ts';
import { deskDecision, toLoanView } from './desk-views.ts';
import { loanVerdict } from './domain/circulation-rules.ts';
import { setItemStatus } from './items.repo.ts';

/**
 * Lends an item at the desk (rules 7, 9, 11, 13): the profile decides, the loan limit counts
 * the borrower's loans in the material group while their row is held, and the loan keeps
 * the decision that allowed it. A refusal is an answer with its explanation; nothing is written.
 */
export async function checkOutItem(
  ctx: AppContext,
  libraryId: string,
  act: { borrowerId: string; barcode: string },
): Promise<Result<DeskDecision, 'not_found' | 'item_on_loan' | 'item_missing'>> {
  return inTransaction(ctx.db, async (tx) => {
    const opened = await openDeskContext(ctx, tx, libraryId, act);
    if (!opened.ok) return opened;
    const { policy, borrower, item, today } = opened.value;
    // The item's status moves with its loans in the same transactions (and one open loan per item is a unique index).
    if (item.status === 'on_loan') return err('item_on_loan', `“${item.title}” is already on loan; return it first`, 'barcode');
    if (item.status === 'missing') return err('item_missing', `“${item.title}” is registered as missing`, 'barcode');
    const verdict = loanVerdict(policy, {
      borrower: borrowerFacts(borrower),
      materialGroupId: item.materialGroupId,
      loanDate: today,
      openLoansInGroup: await countLoansInGroup(tx, borrower.id, item.materialGroupId),
      automatic: false,
      // Another borrower's booking blocks the item; the borrower's own is what they came for.
      bookings: (await activeBookingsOfItem(tx, item.id)).filter((b) => b.borrowerId !== borrower.id),
    });
    if (!verdict.allowed || !verdict.dueDate) return ok(deskDecision(verdict.explanation));
    const now = ctx.clock.now();
    const loan = await insertLoan(
      tx,
      { accountId: libraryId, itemId: item.id, borrowerId: borrower.id, materialGroupId: item.materialGroupId, loanedOn: today, dueOn: verdict.dueDate, automatic: false, decision: verdict.explanation },
      now,
    );
    await setItemStatus(tx, item.id, 'on_loan');
    await fulfilOwnReservation(tx, item.id, borrower.id);
    const parties = { item: { id: item.id, barcode: item.barcode, title: item.title }, borrower: { id: borrower.id, cardNumber: borrower.cardNumber, name: borrower.name } };
    return ok(deskDecision(verdict.explanation, { loan: toLoanView({ loan, ...parties }) }));
  });
}
