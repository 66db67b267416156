import type { Auth } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { HttpProblem } from '../../platform/http-errors.ts';
import type { AccountScope } from './actor.ts';
import { membershipsOfUser } from './memberships.repo.ts';

/**
 * The one place where a customer request gets its account (DESIGN §5.8): the session's
 * current account, but only while the user is still a member — membership is read on
 * every request, so a removed user loses access at once.
 */
export async function accountScope(ctx: AppContext, auth: Auth | null): Promise<AccountScope> {
  if (!auth) throw new HttpProblem('unauthenticated', 'Sign in to continue');
  const memberships = await ctx.db.transaction((tx) => membershipsOfUser(tx, auth.user.id));
  const current = memberships.find((m) => m.accountId === auth.currentAccountId) ?? memberships[0];
  if (!current) throw new HttpProblem('no_account', 'You are not a member of any customer account', undefined, 403);
  return { kind: 'member', userId: auth.user.id, email: auth.user.email, accountId: current.accountId, role: current.role };
}
