import type { AppContext } from '../../platform/context.ts';
import { SESSION_IDLE_MS } from './resolve-session.ts';
import { deleteEndedSessions } from './sessions.repo.ts';
import { deleteOldCodes } from './sign-in-codes.repo.ts';

const DAY_MS = 24 * 3600_000;

/** Housekeeping: ended sessions and sign-in codes older than a day. */
export async function forgetEndedSignIns(ctx: AppContext): Promise<Record<string, number>> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => ({
    sessions: await deleteEndedSessions(tx, now, new Date(now.getTime() - SESSION_IDLE_MS)),
    signInCodes: await deleteOldCodes(tx, new Date(now.getTime() - DAY_MS)),
  }));
}
