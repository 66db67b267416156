import type { DistributionSettings } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { listActiveCodes } from './distribution-codes.repo.ts';
import { distributionDefaultsOf } from './distribution-defaults.repo.ts';
import { listActiveFields } from './distribution-fields.repo.ts';
import { byListThenCode, toDistributionCode, toDistributionField } from './views.ts';

/** Every member reads the account's lists (to fill in lines) and their own defaults. */
export async function getDistributionSettings(ctx: AppContext, member: { accountId: string; userId: string }): Promise<Result<DistributionSettings>> {
  return inTransaction(ctx.db, async (tx) => {
    const codes = (await listActiveCodes(tx, member.accountId)).map(toDistributionCode).sort(byListThenCode);
    const fields = (await listActiveFields(tx, member.accountId)).map(toDistributionField);
    const defaults = await distributionDefaultsOf(tx, member.accountId, member.userId);
    return ok({ codes, fields, defaults });
  });
}
