import type { Address, CompanyInfo } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { updateAccount } from './accounts.repo.ts';
import { mayAdminister, type AccountScope } from './actor.ts';
import { toCompanyInfo } from './views.ts';

/** The one piece of company data an account admin changes themselves (ACC-6). */
export async function changePostalAddress(
  ctx: AppContext,
  scope: AccountScope,
  postalAddress: Address,
): Promise<Result<CompanyInfo, 'forbidden' | 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = mayAdminister(scope, scope.accountId);
    if (!allowed.ok) return allowed;
    const account = await updateAccount(tx, scope.accountId, { postalAddress }, ctx.clock.now());
    return account ? ok(toCompanyInfo(account, scope.role)) : err('not_found');
  });
}
