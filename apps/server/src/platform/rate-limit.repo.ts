import { and, eq, lte, sql } from 'drizzle-orm';
import type { Tx } from './db.ts';
import { rateLimits } from './platform.schema.ts';

export type RateLimit = { limit: number; windowSeconds: number };

// Any constant works; it only keeps these locks apart from other advisory locks.
const RATE_LIMIT_LOCK = 7_460_112;

/**
 * Counts one hit on `key` if fewer than `limit` hits were counted in the last
 * `windowSeconds`, and says whether it was. The window slides with each request, so a
 * burst straddling a quarter past cannot get twice the limit, as a fixed window allows.
 * Kept in the database so every server process shares the same counters.
 */
export async function hitRateLimit(tx: Tx, key: string, rule: RateLimit, now: Date): Promise<boolean> {
  if (!(await withinRateLimit(tx, key, rule, now))) return false;
  await tx
    .insert(rateLimits)
    .values({ key, windowStart: now, hits: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } });
  return true;
}

/**
 * Whether a hit on `key` would be within the limit, without counting one: for limits
 * counted only on failure (wrong codes), checked before the attempt.
 */
export async function withinRateLimit(tx: Tx, key: string, rule: RateLimit, now: Date): Promise<boolean> {
  const since = new Date(now.getTime() - rule.windowSeconds * 1000);
  // Hits on one key take turns, so two at once are counted as two.
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${RATE_LIMIT_LOCK}, hashtext(${key}))`);
  await tx.delete(rateLimits).where(and(eq(rateLimits.key, key), lte(rateLimits.windowStart, since)));
  const [counted] = await tx
    .select({ hits: sql<number>`coalesce(sum(${rateLimits.hits}), 0)::int` })
    .from(rateLimits)
    .where(eq(rateLimits.key, key));
  return (counted?.hits ?? 0) < rule.limit;
}

/** Forgets counters whose window has passed (housekeeping). */
export async function deleteStaleRateLimits(tx: Tx, olderThan: Date): Promise<number> {
  const deleted = await tx.delete(rateLimits).where(lte(rateLimits.windowStart, olderThan)).returning({ key: rateLimits.key });
  return deleted.length;
}
