import type { DistributionCode, DistributionCodeBody } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { Actor } from '../accounts/index.ts';
import { countActiveCodes, findCodeInList, insertCode, reviveCode } from './distribution-codes.repo.ts';
import { auditDistributionChange, mayKeepDistributionLists } from './distribution-admin.ts';
import { toDistributionCode } from './views.ts';

/** Enough for any library's departments or shelves; a list longer than this is no longer a pick list. */
export const MAX_CODES_PER_LIST = 200;

/** An account admin adds a code to one of the lists; a code removed earlier comes back. */
export async function addDistributionCode(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  body: DistributionCodeBody,
): Promise<Result<DistributionCode, 'forbidden' | 'not_found' | 'conflict' | 'distribution_list_full'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayKeepDistributionLists(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    const existing = await findCodeInList(tx, accountId, body.list, body.code);
    if (existing && existing.removedAt === null) return err('conflict', `The list already has the code ${body.code}`, 'code');
    if ((await countActiveCodes(tx, accountId, body.list)) >= MAX_CODES_PER_LIST) {
      return err('distribution_list_full', `A list holds at most ${MAX_CODES_PER_LIST} codes; remove one first`, 'code');
    }
    const now = ctx.clock.now();
    const row = existing ? await reviveCode(tx, accountId, existing.id, body.label) : await insertCode(tx, accountId, body, now);
    const code = toDistributionCode(row);
    await auditDistributionChange(tx, actor, { action: 'distribution_code.added', accountId, before: null, after: code }, now);
    return ok(code);
  });
}
