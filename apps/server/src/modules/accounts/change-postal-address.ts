import type { Address, CompanyInfo } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findAccount, updateAccount } from './accounts.repo.ts';
import { auditChange, mayAdminister, type AccountScope } from './actor.ts';
import { toCompanyInfo } from './views.ts';

/** The one piece of company data an account admin changes themselves (ACC-6). */
export async function changePostalAddress(
  ctx: AppContext,
  scope: AccountScope,
  postalAddress: Address,
): Promise<Result<CompanyInfo, 'forbidden' | 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayAdminister(tx, scope, scope.accountId);
    if (!allowed.ok) return allowed;
    const before = await findAccount(tx, scope.accountId);
    if (!before) return err('not_found');
    const now = ctx.clock.now();
    const account = await updateAccount(tx, scope.accountId, { postalAddress }, now);
    if (!account) return err('not_found');
    await auditChange(
      tx,
      scope,
      { action: 'account.postal_address_changed', accountId: scope.accountId, before: { postalAddress: before.postalAddress }, after: { postalAddress } },
      now,
    );
    return ok(toCompanyInfo(account, scope.role));
  });
}
