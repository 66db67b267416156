import type { CompanyInfo } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findAccount } from './accounts.repo.ts';
import type { AccountScope } from './actor.ts';
import { toCompanyInfo } from './views.ts';

export async function getCompanyInfo(ctx: AppContext, scope: AccountScope): Promise<Result<CompanyInfo, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const account = await findAccount(tx, scope.accountId);
    return account ? ok(toCompanyInfo(account, scope.role)) : err('not_found');
  });
}
