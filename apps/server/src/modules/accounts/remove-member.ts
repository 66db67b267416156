import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findAccount } from './accounts.repo.ts';
import { auditChange, mayAdminister, type Actor } from './actor.ts';
import { leavesAccountWithoutAdmin } from './domain/admin-rule.ts';
import { deleteMembership, listMembers } from './memberships.repo.ts';
import { toMember } from './views.ts';

/**
 * Takes a person off the account. Their user stays (they may belong to other accounts);
 * access to this account ends with their next request, as membership is read every time.
 */
export async function removeMember(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  userId: string,
): Promise<Result<null, 'forbidden' | 'not_found' | 'last_admin'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayAdminister(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    if (!(await findAccount(tx, accountId))) return err('not_found', 'No such account');
    const members = await listMembers(tx, accountId);
    const leaving = members.find((m) => m.userId === userId);
    if (!leaving) return err('not_found', 'No such user on this account');
    if (leavesAccountWithoutAdmin(members, userId, null)) {
      return err('last_admin', 'The last admin of an account cannot be removed');
    }
    await deleteMembership(tx, accountId, userId);
    await auditChange(tx, actor, { action: 'member.removed', accountId, before: toMember(leaving), after: null }, ctx.clock.now());
    return ok(null);
  });
}
