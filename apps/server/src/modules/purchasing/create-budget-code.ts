import type { BudgetCode, BudgetCodeBody } from '@hylle/contracts';
import { accountExists } from '../accounts/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import { writeAudit, type Actor } from '../../platform/audit.repo.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { codeTaken, insertBudgetCode } from './budget-codes.repo.ts';
import { toBudgetCode } from './views.ts';

/** Staff add a budget code to an account (CHK-4); nothing is spent of it yet. */
export async function createBudgetCode(
  ctx: AppContext,
  staff: Actor,
  accountId: string,
  body: BudgetCodeBody,
): Promise<Result<BudgetCode, 'not_found' | 'conflict'>> {
  return inTransaction(ctx.db, async (tx) => {
    if (!(await accountExists(tx, accountId, { hold: true }))) return err('not_found', 'No such account');
    if (await codeTaken(tx, accountId, body.code)) {
      return err('conflict', `The account already has a budget code ${body.code}`, 'code');
    }
    const code = toBudgetCode(await insertBudgetCode(tx, accountId, body, ctx.clock.now()), ctx.config.store.currency);
    await writeAudit(tx, { actor: staff, action: 'budget_code.created', accountId, before: null, after: code }, ctx.clock.now());
    return ok(code);
  });
}
