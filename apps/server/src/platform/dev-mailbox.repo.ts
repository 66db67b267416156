import { desc } from 'drizzle-orm';
import type { Database } from './db.ts';
import { devMailbox } from './platform.schema.ts';

export type StoredMail = typeof devMailbox.$inferSelect;

export async function storeInDevMailbox(db: Database, mail: { to: string; subject: string; text: string }) {
  await db.insert(devMailbox).values(mail);
}

export async function listDevMailbox(db: Database, limit = 50): Promise<StoredMail[]> {
  return db.select().from(devMailbox).orderBy(desc(devMailbox.createdAt)).limit(limit);
}
