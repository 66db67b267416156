import type { Logger } from 'pino';
import type { Clock } from '../../kernel/clock.ts';
import { err, ok } from '../../kernel/result.ts';
import type { Database } from '../../platform/db.ts';
import { inTransaction } from '../../platform/transaction.ts';
import type { StoreConfig } from '../../store-config.ts';
import { finishImport, insertProblems, recordBatch, type ImportProblem } from './catalog-imports.repo.ts';
import { productRowInput, type ProductRowInput } from './product-row.ts';
import { lockCatalogWrites, upsertProducts } from './products.repo.ts';
import { CatalogueFileBroken, readCsvCatalogue, readOnixCatalogue, type ImportItem } from './read-catalogue.ts';

export type ImportFormat = 'onix' | 'csv';

export type ImportOutcome = {
  status: 'done' | 'failed';
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failure: string | null;
  failureLine: number | null;
};

export type ImportRunContext = { db: Database; clock: Clock; store: StoreConfig; log: Logger };

/** Records per transaction: big enough to be fast, small enough that a failure loses little. */
const BATCH_SIZE = 2500;
/** A running import renews its lease with every batch; a process that dies lets it lapse. */
export const IMPORT_LEASE_MS = 2 * 60_000;

/** Thrown by a source when its server is shutting down: the import ends cleanly, as failed. */
export class ImportStopped extends Error {
  constructor() {
    super('The server was stopped during the import. What was imported is kept; import the file again to load the rest (records already loaded count as unchanged).');
  }
}

type PendingRecord = { row: ProductRowInput; line: number; reference: string };

/**
 * Reads a catalogue file to the end and writes it batch by batch (ADR 0010): each batch is
 * one transaction with the products, the skipped records' reasons and the import's counts,
 * so what the backoffice shows is always what is in the catalogue. A broken file stops the
 * import with its reason; batches committed before it stay. Parsing the next batch overlaps
 * with writing the previous one, and at most one batch is held in memory besides.
 */
export async function runCatalogueImport(
  ctx: ImportRunContext,
  importId: string,
  format: ImportFormat,
  source: AsyncIterable<Uint8Array>,
  hooks: { afterBatch?: () => void } = {},
): Promise<ImportOutcome> {
  const totals = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
  let bytesRead = 0;
  async function* counted() {
    for await (const chunk of source) {
      bytesRead += chunk.byteLength;
      yield chunk;
    }
  }
  const store = { country: ctx.store.country, currency: ctx.store.currency };
  const items: AsyncIterable<ImportItem> =
    format === 'onix' ? readOnixCatalogue(counted(), store, ctx.clock.now()) : readCsvCatalogue(counted(), store);

  let batch = new Map<string, PendingRecord>();
  let problems: ImportProblem[] = [];
  let writing: Promise<void> = Promise.resolve();

  const write = async (records: PendingRecord[], skipped: ImportProblem[], progress: number) => {
    const result = await inTransaction(ctx.db, async (tx) => {
      await lockCatalogWrites(tx);
      const now = ctx.clock.now();
      const written = await upsertProducts(tx, records.map((record) => record.row), now);
      await insertProblems(tx, importId, totals.skipped, skipped);
      const counts = { ...written, unchanged: records.length - written.added - written.updated, skipped: skipped.length };
      const held = await recordBatch(tx, importId, { ...counts, bytesRead: progress, leaseUntil: new Date(now.getTime() + IMPORT_LEASE_MS) });
      if (!held) return err('import_taken_over', 'This import is no longer running here (its lease ran out)');
      return ok(counts);
    });
    if (!result.ok) throw new Error(result.detail ?? result.code);
    totals.added += result.value.added;
    totals.updated += result.value.updated;
    totals.unchanged += result.value.unchanged;
    totals.skipped += result.value.skipped;
    hooks.afterBatch?.();
  };

  // One batch is written while the next is parsed; the one after waits for it.
  const flush = async () => {
    const records = [...batch.values()];
    const skipped = problems;
    batch = new Map();
    problems = [];
    await writing;
    writing = write(records, skipped, bytesRead);
    // Awaited at the next flush; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
  };

  try {
    for await (const item of items) {
      if (item.kind === 'skipped') {
        problems.push({ line: item.line, reference: item.reference, reason: item.reason });
      } else {
        // The same ISBN twice in a file: the later record wins, as it would in two batches.
        if (batch.has(item.record.isbn)) await flush();
        batch.set(item.record.isbn, { row: productRowInput(item.record), line: item.line, reference: item.reference });
      }
      if (batch.size + problems.length >= BATCH_SIZE) await flush();
    }
    await flush();
    await writing;
    const outcome: ImportOutcome = { status: 'done', ...totals, failure: null, failureLine: null };
    await finishImport(ctx.db, importId, { status: 'done', failure: null, failureLine: null, bytesRead }, ctx.clock.now());
    return outcome;
  } catch (error) {
    // Whatever was read before the fault is complete and valid: keep it, then stop.
    if (error instanceof CatalogueFileBroken || error instanceof ImportStopped) {
      try {
        await flush();
        await writing;
      } catch (writeError) {
        return fail(ctx, importId, totals, writeError, bytesRead);
      }
      const failureLine = error instanceof CatalogueFileBroken ? error.line : null;
      const outcome: ImportOutcome = { status: 'failed', ...totals, failure: error.message, failureLine };
      await finishImport(ctx.db, importId, { status: 'failed', failure: error.message, failureLine, bytesRead }, ctx.clock.now());
      return outcome;
    }
    await writing.catch(() => undefined);
    return fail(ctx, importId, totals, error, bytesRead);
  }
}

async function fail(ctx: ImportRunContext, importId: string, totals: Omit<ImportOutcome, 'status' | 'failure' | 'failureLine'>, error: unknown, bytesRead: number): Promise<ImportOutcome> {
  ctx.log.error({ err: error, importId }, 'catalogue import failed');
  const failure = 'The import stopped because of an internal error. What was imported before it is kept; the log has the details.';
  await finishImport(ctx.db, importId, { status: 'failed', failure, failureLine: null, bytesRead }, ctx.clock.now()).catch(() => undefined);
  return { status: 'failed', ...totals, failure, failureLine: null };
}
