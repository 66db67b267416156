import { currentMembership, useSession } from '../session.ts';

/**
 * The account the signed-in user buys for, or null: visitors, and staff or new users without
 * an account, have no cart and no orders, so the purchasing pages and buttons stay away.
 */
export function useMemberAccountId(): string | null {
  const session = useSession();
  if (!session.user) return null;
  return currentMembership(session)?.accountId ?? null;
}
