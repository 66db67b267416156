import type { BudgetCode } from '@hylle/contracts';
import { accountExists } from '../accounts/index.ts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { listBudgetCodeRows } from './budget-codes.repo.ts';
import { toBudgetCode } from './views.ts';

/**
 * An account's budget codes, by code: for staff (any account) and, read-only, for the
 * members of the account (the route passes the account of their scope).
 */
export async function listBudgetCodes(ctx: AppContext, accountId: string): Promise<Result<BudgetCode[], 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    if (!(await accountExists(tx, accountId, { hold: false }))) return err('not_found', 'No such account');
    const rows = await listBudgetCodeRows(tx, accountId);
    return ok(rows.map((row) => toBudgetCode(row, ctx.config.store.currency)));
  });
}
