import type { DeskDecision } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { insertIllRequest } from './circulation.repo.ts';
import { borrowerFacts, openDeskContext } from './desk-context.ts';
import { deskDecision } from './desk-views.ts';
import { illVerdict } from './domain/circulation-rules.ts';

/**
 * Registers another library's request for one of our items (rule 8): the first profile for
 * "All" decides. The request is kept either way, with its decision, so the desk can answer
 * the asking library.
 */
export async function requestIll(ctx: AppContext, libraryId: string, act: { borrowerId: string; barcode: string }): Promise<Result<DeskDecision, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const opened = await openDeskContext(ctx, tx, libraryId, act);
    if (!opened.ok) return opened;
    const { policy, borrower, item } = opened.value;
    const verdict = illVerdict(policy, { borrower: borrowerFacts(borrower), materialGroupId: item.materialGroupId });
    const illRequestId = await insertIllRequest(
      tx,
      { accountId: libraryId, itemId: item.id, borrowerId: borrower.id, status: verdict.allowed ? 'accepted' : 'refused', decision: verdict.explanation },
      ctx.clock.now(),
    );
    return ok(deskDecision(verdict.explanation, { illRequestId }));
  });
}
