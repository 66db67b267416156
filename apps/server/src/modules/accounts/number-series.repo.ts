import { eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db.ts';
import { numberSeries } from './accounts.schema.ts';

export const CUSTOMER_NUMBERS = 'customer_number';

/** Creates the series at its configured start; an existing series keeps counting where it is. */
export async function ensureNumberSeries(db: Database, name: string, start: number): Promise<void> {
  await db.insert(numberSeries).values({ name, nextValue: start }).onConflictDoNothing();
}

/** The next number, handed out once: the UPDATE locks the row until the transaction ends. */
export async function takeNextNumber(tx: Tx, name: string): Promise<number> {
  const [row] = await tx
    .update(numberSeries)
    .set({ nextValue: sql`${numberSeries.nextValue} + 1` })
    .where(eq(numberSeries.name, name))
    .returning({ taken: sql<number>`(${numberSeries.nextValue} - 1)::bigint` });
  if (!row) throw new Error(`number series ${name} does not exist`);
  return Number(row.taken);
}
