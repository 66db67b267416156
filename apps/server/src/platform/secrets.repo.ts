import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from './db.ts';
import { serverSecrets } from './platform.schema.ts';

/**
 * A secret made once per database, on first start: every server process on the same
 * database then signs and checks alike, with nothing for the operator to configure.
 */
export async function loadOrCreateSecret(db: Database, name: string): Promise<string> {
  await db.insert(serverSecrets).values({ name, value: randomBytes(32).toString('base64url') }).onConflictDoNothing();
  const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, name));
  if (!row) throw new Error(`server secret ${name} could not be created`);
  return row.value;
}
