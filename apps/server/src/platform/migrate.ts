import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './db.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');
// Any constant works; it only has to be the same for every process sharing the database.
const MIGRATION_LOCK = 7_460_111;

/** The migrations on disk, in order. A misnamed .sql file stops the start rather than being skipped. */
export function migrationFiles(): string[] {
  const files = fs.readdirSync(migrationsDir).filter((name) => name.endsWith('.sql'));
  const misnamed = files.filter((name) => !/^\d{4}_[a-z0-9_]+\.sql$/.test(name));
  if (misnamed.length > 0) throw new Error(`migration files must be named NNNN_lower_snake.sql: ${misnamed.join(', ')}`);
  return files.sort();
}

/** Whether the database answers at all (for /readyz). */
export async function databaseAnswers(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Applies the committed SQL migrations that are not applied yet, in one transaction under
 * an advisory lock, so several server processes starting together migrate once.
 */
export async function migrate(db: Database): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execute(sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Set(
      (await tx.execute<{ name: string }>(sql`SELECT name FROM schema_migrations`)).rows.map((r) => r.name),
    );
    const newlyApplied: string[] = [];
    for (const file of migrationFiles()) {
      if (applied.has(file)) continue;
      const text = fs.readFileSync(path.join(migrationsDir, file), 'utf8');
      for (const statement of text.split('--> statement-breakpoint')) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      await tx.execute(sql`INSERT INTO schema_migrations (name) VALUES (${file})`);
      newlyApplied.push(file);
    }
    return newlyApplied;
  });
}

/** Migrations on disk that the database has not applied: /readyz is not ready while any remain. */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const exists = await db.execute<{ present: boolean }>(
    sql`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present`,
  );
  if (!exists.rows[0]?.present) return migrationFiles();
  const applied = new Set(
    (await db.execute<{ name: string }>(sql`SELECT name FROM schema_migrations`)).rows.map((r) => r.name),
  );
  return migrationFiles().filter((file) => !applied.has(file));
}
