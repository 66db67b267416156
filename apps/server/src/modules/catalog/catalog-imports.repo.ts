import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db.ts';
import { catalogImportChunks, catalogImportProblems, catalogImports } from './catalog.schema.ts';

export type CatalogImportRow = typeof catalogImports.$inferSelect;
export type ImportProblem = { line: number | null; reference: string; reason: string };

/** How many skipped records an import keeps with their reasons; the count goes on. */
export const KEPT_PROBLEMS = 10_000;

export async function insertImport(
  tx: Tx | Database,
  values: Pick<typeof catalogImports.$inferInsert, 'fileName' | 'format' | 'source' | 'status' | 'startedBy' | 'totalBytes' | 'leaseUntil'> & { at: Date },
): Promise<CatalogImportRow> {
  const { at, ...rest } = values;
  const [row] = await tx
    .insert(catalogImports)
    .values({ ...rest, createdAt: at, ...(rest.status === 'running' ? { startedAt: at } : {}) })
    .returning();
  if (!row) throw new Error('insert into catalog_imports returned nothing');
  return row;
}

export async function findImport(tx: Tx | Database, id: string): Promise<CatalogImportRow | undefined> {
  const [row] = await tx.select().from(catalogImports).where(eq(catalogImports.id, id));
  return row;
}

export async function listImports(tx: Tx, page: { limit: number; offset: number }) {
  const rows = await tx.select().from(catalogImports).orderBy(desc(catalogImports.createdAt)).limit(page.limit).offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(catalogImports);
  return { rows, total: total?.n ?? 0 };
}

export async function appendChunk(db: Database, importId: string, seq: number, data: Buffer): Promise<void> {
  await db.insert(catalogImportChunks).values({ importId, seq, data });
}

export async function readChunk(db: Database, importId: string, seq: number): Promise<Buffer | undefined> {
  const [row] = await db
    .select({ data: catalogImportChunks.data })
    .from(catalogImportChunks)
    .where(and(eq(catalogImportChunks.importId, importId), eq(catalogImportChunks.seq, seq)));
  return row?.data;
}

export async function deleteChunks(tx: Tx | Database, importId: string): Promise<void> {
  await tx.delete(catalogImportChunks).where(eq(catalogImportChunks.importId, importId));
}

/** The upload is complete: the import may run. Only an import still uploading moves on. */
export async function markUploaded(tx: Tx, id: string, totalBytes: number): Promise<boolean> {
  const rows = await tx
    .update(catalogImports)
    .set({ status: 'queued', totalBytes })
    .where(and(eq(catalogImports.id, id), eq(catalogImports.status, 'uploading')))
    .returning({ id: catalogImports.id });
  return rows.length === 1;
}

/**
 * Takes the oldest queued import for this process and leases it. Several processes may
 * poll at once: SKIP LOCKED gives each import to one of them.
 */
export async function claimQueuedImport(db: Database, now: Date, leaseUntil: Date): Promise<CatalogImportRow | undefined> {
  const result = await db.execute<{ id: string }>(sql`
    UPDATE catalog_imports SET status = 'running', started_at = ${now}, lease_until = ${leaseUntil}
    WHERE id = (
      SELECT id FROM catalog_imports WHERE status = 'queued' ORDER BY created_at
      FOR UPDATE SKIP LOCKED LIMIT 1)
    RETURNING id`);
  const id = result.rows[0]?.id;
  return id ? findImport(db, id) : undefined;
}

/** A batch's counts, in the batch's own transaction; false when the lease was lost. */
export async function recordBatch(
  tx: Tx,
  id: string,
  batch: { added: number; updated: number; unchanged: number; skipped: number; bytesRead: number; leaseUntil: Date },
): Promise<boolean> {
  const rows = await tx
    .update(catalogImports)
    .set({
      added: sql`${catalogImports.added} + ${batch.added}`,
      updated: sql`${catalogImports.updated} + ${batch.updated}`,
      unchanged: sql`${catalogImports.unchanged} + ${batch.unchanged}`,
      skipped: sql`${catalogImports.skipped} + ${batch.skipped}`,
      bytesRead: batch.bytesRead,
      leaseUntil: batch.leaseUntil,
    })
    .where(and(eq(catalogImports.id, id), eq(catalogImports.status, 'running')))
    .returning({ id: catalogImports.id });
  return rows.length === 1;
}

export async function insertProblems(tx: Tx, importId: string, firstSeq: number, problems: ImportProblem[]): Promise<void> {
  const kept = problems.slice(0, Math.max(0, KEPT_PROBLEMS - firstSeq));
  if (kept.length === 0) return;
  await tx.insert(catalogImportProblems).values(
    kept.map((problem, index) => ({
      importId,
      seq: firstSeq + index,
      line: problem.line,
      reference: problem.reference.slice(0, 200),
      reason: problem.reason.slice(0, 1000),
    })),
  );
}

export async function listProblems(tx: Tx, importId: string, page: { limit: number; offset: number }) {
  return tx
    .select({ line: catalogImportProblems.line, reference: catalogImportProblems.reference, reason: catalogImportProblems.reason })
    .from(catalogImportProblems)
    .where(eq(catalogImportProblems.importId, importId))
    .orderBy(asc(catalogImportProblems.seq))
    .limit(page.limit)
    .offset(page.offset);
}

export async function finishImport(
  tx: Tx | Database,
  id: string,
  outcome: { status: 'done' | 'failed'; failure: string | null; failureLine: number | null; bytesRead?: number },
  at: Date,
): Promise<void> {
  await tx
    .update(catalogImports)
    .set({
      status: outcome.status,
      failure: outcome.failure,
      failureLine: outcome.failureLine,
      finishedAt: at,
      leaseUntil: null,
      ...(outcome.bytesRead === undefined ? {} : { bytesRead: outcome.bytesRead }),
    })
    .where(eq(catalogImports.id, id));
}

/**
 * Imports whose process went away: an upload that stopped arriving, or a run whose lease
 * ran out. They end as failed with a message that says what to do; their chunks go.
 */
export async function failAbandonedImports(db: Database, now: Date, uploadCutoff: Date): Promise<number> {
  const result = await db.execute<{ id: string }>(sql`
    UPDATE catalog_imports SET status = 'failed', finished_at = ${now}, lease_until = NULL,
      failure = CASE status
        WHEN 'uploading' THEN 'The upload stopped before the whole file had arrived. Upload the file again.'
        ELSE 'The server stopped while importing. What was imported is kept; import the file again to load the rest (records already loaded count as unchanged).'
      END
    WHERE (status = 'uploading' AND created_at < ${uploadCutoff}) OR (status = 'running' AND lease_until < ${now})
    RETURNING id`);
  for (const row of result.rows) await deleteChunks(db, row.id);
  return result.rows.length;
}
