import type { DistributionDefaults } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { accountExists } from '../accounts/index.ts';
import { budgetCodeBelongsTo } from '../purchasing/index.ts';
import { saveDefaults } from './distribution-defaults.repo.ts';
import { judgeDistributionChoice } from './domain/distribution-rules.ts';
import { loadDistributionRules } from './load-distribution-rules.ts';

/**
 * A member chooses what their own new lines start with: codes from the account's lists and
 * one of its budget codes. The account row is held, so a code removed at the same moment is
 * either refused here or cleared from the defaults after.
 */
export async function setDistributionDefaults(
  ctx: AppContext,
  member: { accountId: string; userId: string },
  body: DistributionDefaults,
): Promise<Result<DistributionDefaults, 'not_found' | 'invalid_distribution'>> {
  return inTransaction(ctx.db, async (tx) => {
    const { accountId, userId } = member;
    if (!(await accountExists(tx, accountId, { hold: true }))) return err('not_found', 'No such account');
    const judged = judgeDistributionChoice(await loadDistributionRules(tx, accountId), { ...body, extraFields: [] }, { complete: false });
    if (!judged.ok) return err('invalid_distribution', judged.detail, judged.field);
    if (body.budgetCodeId !== null && !(await budgetCodeBelongsTo(tx, accountId, body.budgetCodeId))) {
      return err('invalid_distribution', 'The budget code is not one of the account’s', 'budgetCodeId');
    }
    const defaults: DistributionDefaults = {
      department: judged.value.department,
      shelfLocation: judged.value.shelfLocation,
      materialType: judged.value.materialType,
      budgetCodeId: body.budgetCodeId,
    };
    await saveDefaults(tx, accountId, userId, defaults, ctx.clock.now());
    return ok(defaults);
  });
}
