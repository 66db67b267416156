import type { BudgetCorrectionBody, BudgetLedgerEntry } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit, type Actor } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findBudgetCode } from './budget-codes.repo.ts';
import { recordCorrection } from './budget-ledger.repo.ts';
import { toLedgerEntry } from './views.ts';

/**
 * Staff set a code's remaining figure, e.g. when a librarian left the code off an order
 * (CHK-4). The difference is a `correction` in the ledger with who and why, so the
 * remaining figure still equals total − ledger.
 */
export async function correctRemainingBudget(
  ctx: AppContext,
  staff: Actor & { name: string },
  accountId: string,
  codeId: string,
  body: BudgetCorrectionBody,
): Promise<Result<BudgetLedgerEntry, 'not_found' | 'unchanged'>> {
  return inTransaction(ctx.db, async (tx) => {
    // The lock keeps a debit from moving the figure between reading it and correcting it.
    const code = await findBudgetCode(tx, accountId, codeId, { lock: true });
    if (!code) return err('not_found', 'No such budget code');
    const remainingBefore = code.totalMinor - code.spentMinor;
    if (remainingBefore === body.remainingMinor) {
      return err('unchanged', `The remaining budget is already ${body.remainingMinor}`, 'remainingMinor');
    }
    const at = ctx.clock.now();
    const entry = await recordCorrection(tx, {
      budgetCodeId: codeId,
      accountId,
      amountMinor: remainingBefore - body.remainingMinor,
      actorUserId: staff.userId,
      reason: body.reason,
      at,
    });
    if (!entry) throw new Error(`budget code ${codeId} vanished under its own lock`);
    await writeAudit(
      tx,
      {
        actor: staff,
        action: 'budget_code.remaining_corrected',
        accountId,
        before: { code: code.code, remainingMinor: remainingBefore },
        after: { code: code.code, remainingMinor: body.remainingMinor, reason: body.reason },
      },
      at,
    );
    return ok(toLedgerEntry(entry, staff.name));
  });
}
