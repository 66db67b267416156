import type { BudgetCode, BudgetCodeBody } from '@hylle/contracts';
import { accountExists } from '../accounts/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit, type Actor } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { codeTaken, findBudgetCode, updateBudgetCode } from './budget-codes.repo.ts';
import { toBudgetCode } from './views.ts';

/**
 * Staff change a code's text, description, total, discounts or period. A new total moves
 * the remaining figure with it and writes no ledger entry (nothing was spent or given
 * back); the audit log keeps the old and the new total.
 */
export async function changeBudgetCode(
  ctx: AppContext,
  staff: Actor,
  accountId: string,
  codeId: string,
  body: BudgetCodeBody,
): Promise<Result<BudgetCode, 'not_found' | 'conflict'>> {
  return inTransaction(ctx.db, async (tx) => {
    const currency = ctx.config.store.currency;
    if (!(await accountExists(tx, accountId, { hold: true }))) return err('not_found', 'No such budget code');
    const before = await findBudgetCode(tx, accountId, codeId, { lock: true });
    if (!before) return err('not_found', 'No such budget code');
    if (await codeTaken(tx, accountId, body.code, codeId)) {
      return err('conflict', `The account already has a budget code ${body.code}`, 'code');
    }
    const after = await updateBudgetCode(tx, accountId, codeId, body, ctx.clock.now());
    if (!after) throw new Error(`budget code ${codeId} vanished under its own lock`);
    const change = { before: toBudgetCode(before, currency), after: toBudgetCode(after, currency) };
    await writeAudit(tx, { actor: staff, action: 'budget_code.changed', accountId, ...change }, ctx.clock.now());
    return ok(change.after);
  });
}
