import type { Logger } from 'pino';
import type { Clock } from '../../kernel/clock.ts';
import type { Database } from '../../platform/db.ts';
import type { StoreConfig } from '../../store-config.ts';
import { PollLoop } from '../../platform/poll-loop.ts';
import { claimQueuedImport, deleteChunks, failAbandonedImports, readChunk } from './catalog-imports.repo.ts';
import { IMPORT_LEASE_MS, ImportStopped, runCatalogueImport } from './run-catalogue-import.ts';

/** An upload that has not finished arriving after this long was abandoned. */
const UPLOAD_MAX_MS = 60 * 60_000;

/**
 * Runs uploaded imports, one at a time per process, apart from the outbox worker: an import
 * of a million titles takes minutes and must not hold up sign-in mail. Processes share the
 * queue through the database (SKIP LOCKED); an import whose process died is marked failed
 * once its lease lapses.
 */
export class CatalogImportRunner {
  private readonly db: Database;
  private readonly clock: Clock;
  private readonly store: StoreConfig;
  private readonly log: Logger;
  private readonly afterBatch: () => void;
  private readonly poller: PollLoop;
  /** Set by `stop`: the import in hand ends between two pieces of its file. */
  private stopping = false;

  constructor(options: { db: Database; clock: Clock; store: StoreConfig; log: Logger; pollMs?: number; afterBatch?: () => void }) {
    this.db = options.db;
    this.clock = options.clock;
    this.store = options.store;
    this.log = options.log;
    this.afterBatch = options.afterBatch ?? (() => undefined);
    this.poller = new PollLoop({ work: () => this.drainQueue(), pollMs: options.pollMs ?? 2000, log: this.log, failureMessage: 'catalogue import runner failed' });
  }

  /** Runs queued imports until none is left; returns how many ran. Tests call this directly. */
  drain(): Promise<number> {
    return this.drainQueue();
  }

  private async drainQueue(): Promise<number> {
    let ran = 0;
    const now = this.clock.now();
    await failAbandonedImports(this.db, now, new Date(now.getTime() - UPLOAD_MAX_MS));
    for (;;) {
      const claimedAt = this.clock.now();
      const job = await claimQueuedImport(this.db, claimedAt, new Date(claimedAt.getTime() + IMPORT_LEASE_MS));
      if (!job) return ran;
      ran += 1;
      this.log.info({ importId: job.id, fileName: job.fileName }, 'catalogue import started');
      const outcome = await runCatalogueImport(
        { db: this.db, clock: this.clock, store: this.store, log: this.log },
        job.id,
        job.format,
        this.chunksOf(job.id),
        { afterBatch: this.afterBatch },
      );
      await deleteChunks(this.db, job.id);
      this.log.info({ importId: job.id, ...outcome }, 'catalogue import finished');
    }
  }

  /** The stored file, one piece at a time: memory stays flat whatever the file's size. */
  private async *chunksOf(importId: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq += 1) {
      // Stopping ends the import between two pieces, keeping what was written.
      if (this.stopping) throw new ImportStopped();
      const chunk = await readChunk(this.db, importId, seq);
      if (!chunk) return;
      yield chunk;
    }
  }

  /** Looks for work now instead of at the next poll (after an upload in this process). */
  wake(): void {
    this.poller.wake();
  }

  start(): void {
    this.stopping = false;
    this.poller.start();
  }

  /** Stops between two pieces of the file: the import in hand ends as failed, keeping what it wrote. */
  stop(): Promise<void> {
    this.stopping = true;
    return this.poller.stop();
  }
}
