import type { Auth } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { deleteSession, findSessionWithUser, touchSession } from './sessions.repo.ts';

/** A session unused this long is over, whatever its absolute expiry says. */
export const SESSION_IDLE_MS = 14 * 24 * 3600_000;
/** last_seen is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

/**
 * The session behind a cookie, on every request. One read, outside a transaction: each of
 * the writes after it (ending an expired session, noting that it was seen) is a single
 * statement that stands on its own, so no transaction is needed to keep them whole.
 */
export async function resolveSession(ctx: AppContext, tokenHash: string): Promise<Auth | null> {
  const found = await findSessionWithUser(ctx.db, tokenHash);
  if (!found) return null;
  const now = ctx.clock.now().getTime();
  const { session, user } = found;
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now) {
    await deleteSession(ctx.db, tokenHash);
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(ctx.db, tokenHash, new Date(now));
  return {
    tokenHash,
    user: { id: user.id, email: user.email, name: user.name, isStaff: user.isStaff },
    currentAccountId: session.currentAccountId,
  };
}
