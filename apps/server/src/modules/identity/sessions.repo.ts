import { eq, lte, or, sql } from 'drizzle-orm';
import { reusableStatement } from '../../platform/prepared.ts';
import type { Database, Tx } from '../../platform/db.ts';
import { sessions, users } from './identity.schema.ts';

export type SessionWithUser = {
  session: typeof sessions.$inferSelect;
  user: typeof users.$inferSelect;
};

export async function insertSession(tx: Tx, session: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(session);
}

const sessionWithUser = reusableStatement('session_with_user', (db) =>
  db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash'))),
);

/** On every request that carries a session cookie: prepared once. */
export async function findSessionWithUser(db: Database, tokenHash: string): Promise<SessionWithUser | undefined> {
  const [row] = await sessionWithUser(db, { tokenHash });
  return row;
}

export async function touchSession(tx: Tx | Database, tokenHash: string, at: Date): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function setSessionAccount(tx: Tx, tokenHash: string, accountId: string | null): Promise<void> {
  await tx.update(sessions).set({ currentAccountId: accountId }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(tx: Tx | Database, tokenHash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(tx: Tx, userId: string): Promise<number> {
  const deleted = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ t: sessions.tokenHash });
  return deleted.length;
}

/** Sessions past their expiry or idle too long (housekeeping). */
export async function deleteEndedSessions(tx: Tx, now: Date, idleSince: Date): Promise<number> {
  const deleted = await tx
    .delete(sessions)
    .where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince)))
    .returning({ t: sessions.tokenHash });
  return deleted.length;
}
