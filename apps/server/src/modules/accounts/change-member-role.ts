import type { Member, Role } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { findAccount } from './accounts.repo.ts';
import { auditChange, mayAdminister, type Actor } from './actor.ts';
import { leavesAccountWithoutAdmin } from './domain/admin-rule.ts';
import { listMembers, updateMemberRole } from './memberships.repo.ts';
import { toMember } from './views.ts';

export async function changeMemberRole(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  userId: string,
  role: Role,
): Promise<Result<Member, 'forbidden' | 'not_found' | 'last_admin'>> {
  return inTransaction(ctx.db, async (tx) => {
    const allowed = await mayAdminister(tx, actor, accountId);
    if (!allowed.ok) return allowed;
    // mayAdminister locked the account row: two admins demoting each other take turns.
    if (!(await findAccount(tx, accountId))) return err('not_found', 'No such account');
    const members = await listMembers(tx, accountId);
    const before = members.find((m) => m.userId === userId);
    if (!before) return err('not_found', 'No such user on this account');
    if (leavesAccountWithoutAdmin(members, userId, role)) {
      return err('last_admin', 'The account must keep at least one admin', 'role');
    }
    await updateMemberRole(tx, accountId, userId, role);
    const after = toMember({ ...before, role });
    await auditChange(tx, actor, { action: 'member.role_changed', accountId, before: toMember(before), after }, ctx.clock.now());
    return ok(after);
  });
}
