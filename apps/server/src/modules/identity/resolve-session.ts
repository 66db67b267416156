import type { Auth } from '../../platform/auth-session.ts';
import type { AppContext } from '../../platform/context.ts';
import { deleteSession, findSessionWithUser, touchSession } from './sessions.repo.ts';

/** A session unused this long is over, whatever its absolute expiry says. */
export const SESSION_IDLE_MS = 14 * 24 * 3600_000;
/** last_seen is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60_000;

export async function resolveSession(ctx: AppContext, tokenHash: string): Promise<Auth | null> {
  return ctx.db.transaction(async (tx) => {
    const found = await findSessionWithUser(tx, tokenHash);
    if (!found) return null;
    const now = ctx.clock.now().getTime();
    const { session, user } = found;
    if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now) {
      await deleteSession(tx, tokenHash);
      return null;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(tx, tokenHash, new Date(now));
    return {
      tokenHash,
      user: { id: user.id, email: user.email, name: user.name, isStaff: user.isStaff },
      currentAccountId: session.currentAccountId,
    };
  });
}
