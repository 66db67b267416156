import { eq, sql } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-support/test-database.ts';
import type { DatabaseHandle } from './db.ts';
import { reusableSql, reusableStatement } from './prepared.ts';

/**
 * Reusable statements lean on Drizzle internals (the session's connection); these tests pin
 * down what the use cases rely on: a statement runs on the caller's own connection, inside
 * its transaction, and maps rows as Drizzle does.
 */
const probes = pgTable('prepared_probes', { id: integer('id').primaryKey(), label: text('label').notNull() });
const probeById = reusableStatement('test_probe_by_id', (db) => db.select().from(probes).where(eq(probes.id, sql.placeholder('id'))));
const probeLocked = reusableStatement('test_probe_locked', (db) =>
  db.select().from(probes).where(eq(probes.id, sql.placeholder('id'))).for('update', { noWait: true }),
);
const labels = reusableSql<{ label: string; n: number }>('test_probe_labels', sql`SELECT label, count(*)::int AS n FROM prepared_probes WHERE id >= ${sql.placeholder('from')} GROUP BY label ORDER BY label`);

let database: DatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.execute(sql`CREATE TABLE prepared_probes (id integer PRIMARY KEY, label text NOT NULL)`);
});
afterAll(() => database.close());

describe('reusable statements', () => {
  it('run inside the caller’s transaction: they see its uncommitted rows, and its rollback takes them away', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await tx.insert(probes).values({ id: 1, label: 'in flight' });
        expect(await probeById(tx, { id: 1 })).toEqual([{ id: 1, label: 'in flight' }]);
        tx.rollback();
      }),
    ).rejects.toThrow();
    expect(await probeById(database.db, { id: 1 })).toEqual([]);
  });

  it('run with new values each time, outside a transaction too', async () => {
    await database.db.insert(probes).values([
      { id: 2, label: 'b' },
      { id: 3, label: 'a' },
      { id: 4, label: 'a' },
    ]);
    expect(await probeById(database.db, { id: 2 })).toEqual([{ id: 2, label: 'b' }]);
    expect(await probeById(database.db, { id: 3 })).toEqual([{ id: 3, label: 'a' }]);
    expect(await labels(database.db, { from: 3 })).toEqual([{ label: 'a', n: 2 }]);
    expect(await database.db.transaction((tx) => labels(tx, { from: 0 }))).toEqual([
      { label: 'a', n: 2 },
      { label: 'b', n: 1 },
    ]);
  });

  it('take their row locks on the caller’s connection, where a second transaction meets them', async () => {
    if (database.kind !== 'postgres') return; // one connection in PGlite: nothing to meet
    await database.db.transaction(async (first) => {
      await probeLocked(first, { id: 2 });
      // 55P03: lock_not_available, from NOWAIT
      await expect(database.db.transaction((second) => probeLocked(second, { id: 2 }))).rejects.toMatchObject({ cause: { code: '55P03' } });
    });
    expect(await database.db.transaction((tx) => probeLocked(tx, { id: 2 }))).toEqual([{ id: 2, label: 'b' }]);
  });
});
