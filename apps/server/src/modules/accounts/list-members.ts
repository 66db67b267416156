import type { Member } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { mayAdminister, type Actor } from './actor.ts';
import { listMembers } from './memberships.repo.ts';
import { toMember } from './views.ts';

export async function listAccountMembers(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
): Promise<Result<Member[], 'forbidden'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayAdminister(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    return ok((await listMembers(tx, accountId)).map(toMember));
  });
}
