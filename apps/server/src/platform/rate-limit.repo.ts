import { and, eq, lt, sql } from 'drizzle-orm';
import type { Tx } from './db.ts';
import { rateLimits } from './platform.schema.ts';

export type RateLimit = { limit: number; windowSeconds: number };

/**
 * Counts one hit on `key` in the current fixed window and says whether it is within the
 * limit. Kept in the database so every server process shares the same counters.
 */
export async function hitRateLimit(tx: Tx, key: string, rule: RateLimit, now: Date): Promise<boolean> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  await tx.delete(rateLimits).where(and(eq(rateLimits.key, key), lt(rateLimits.windowStart, windowStart)));
  const [row] = await tx
    .insert(rateLimits)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { hits: sql`${rateLimits.hits} + 1` } })
    .returning({ hits: rateLimits.hits });
  return (row?.hits ?? 1) <= rule.limit;
}
