import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';

/**
 * Typed as the node-postgres flavour; PGlite's drizzle database has the same query API
 * and its raw results the same `rows`, so one type serves both.
 */
export type Database = NodePgDatabase;
/** The transaction a use case opens; repos take it and nothing else. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export type DatabaseHandle = {
  db: Database;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
};

/**
 * PostgreSQL when a URL is given (production, CI), otherwise PGlite — real Postgres in
 * WASM — in a data folder, or in memory when `dataDir` is null (tests).
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | null;
  poolSize?: number;
  onIdleClientError?: (error: Error) => void;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // A server restart or failover ends idle connections; the pool drops them and connects
    // anew. Without a listener that 'error' event would bring the whole process down.
    pool.on('error', (error) => options.onIdleClientError?.(error));
    // A connection lost while checked out (mid-transaction) reports it to the query that
    // fails, and then once more as an 'error' event on the client, which would also crash.
    pool.on('connect', (client) => client.on('error', (error) => options.onIdleClientError?.(error)));
    // Fail at start, with the server's own message, rather than on the first request.
    const client = await pool.connect();
    client.release();
    return { db: drizzlePg(pool) as unknown as Database, kind: 'postgres', close: () => pool.end() };
  }
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const client = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  return { db: drizzlePglite(client) as unknown as Database, kind: 'pglite', close: () => client.close() };
}
