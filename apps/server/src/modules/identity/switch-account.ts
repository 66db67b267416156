import { err, ok, type Result } from '../../kernel/result.ts';
import type { Auth } from '../../platform/auth-session.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { IdentityContext } from './identity-context.ts';
import { setSessionAccount } from './sessions.repo.ts';

/** A librarian ordering for two branches moves the session to the other account. */
export async function switchAccount(
  ctx: IdentityContext,
  auth: Auth,
  accountId: string,
): Promise<Result<{ accountId: string }, 'not_found'>> {
  return inTransaction(ctx.db, async (tx) => {
    const memberships = await ctx.memberships.membershipsOf(tx, auth.user.id);
    // Not a member looks the same as no such account: ids of others' accounts reveal nothing.
    if (!memberships.some((m) => m.accountId === accountId)) return err('not_found', 'No such account');
    await setSessionAccount(tx, auth.tokenHash, accountId);
    return ok({ accountId });
  });
}
