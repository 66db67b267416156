import type { Auth } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { HttpProblem } from '../../platform/http-errors.ts';
import type { AccountScope } from './actor.ts';
import { membershipsOfUser } from './memberships.repo.ts';

/**
 * The one place where a customer request gets its account (DESIGN §5.8): the session's
 * current account, and only while the user is still a member of it — membership is read
 * on every request, so a removed user loses access at once. It never falls back to another
 * account on its own: a change meant for one library must not land on another. The
 * session view (GET /api/session) picks the new current account, visibly.
 */
export async function accountScope(ctx: AppContext, auth: Auth | null): Promise<AccountScope> {
  if (!auth) throw new HttpProblem('unauthenticated', 'Sign in to continue');
  // One read needs no transaction: membership as it is now.
  const memberships = await membershipsOfUser(ctx.db, auth.user.id);
  if (memberships.length === 0) {
    throw new HttpProblem('no_account', 'You are not a member of any customer account', undefined, 403);
  }
  const current = memberships.find((m) => m.accountId === auth.currentAccountId);
  if (!current) {
    throw new HttpProblem('account_changed', 'You no longer have access to the account you chose; reload to continue', undefined, 409);
  }
  return { kind: 'member', userId: auth.user.id, email: auth.user.email, accountId: current.accountId, role: current.role };
}

/**
 * The session's current account, not yet checked against the memberships: for the use cases
 * that check membership themselves, first thing inside their own transaction (the cart and
 * checkout read the member's price terms by membership anyway). It saves a read on the
 * busiest requests, and the check it leaves to them is the same, only later. Without a
 * current account it is `accountScope`'s answer, with its precise refusal.
 */
export async function claimedAccount(ctx: AppContext, auth: Auth | null): Promise<{ accountId: string; userId: string; email: string }> {
  if (!auth) throw new HttpProblem('unauthenticated', 'Sign in to continue');
  if (auth.currentAccountId === null) return accountScope(ctx, auth);
  return { accountId: auth.currentAccountId, userId: auth.user.id, email: auth.user.email };
}
