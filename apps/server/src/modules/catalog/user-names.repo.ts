import { inArray } from 'drizzle-orm';
import type { Tx } from '../../platform/db.ts';
import { users } from '../identity/index.ts';

/** Staff names for "started by" columns. */
export async function userNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((row) => [row.id, row.name]));
}
