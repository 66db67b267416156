import type { Logger } from 'pino';
import type { Clock } from '../kernel/clock.ts';
import type { Database, Tx } from './db.ts';
import type { DeadJob } from '@hylle/contracts';
import { err, ok, type Result } from '../kernel/result.ts';
import { writeAudit, type Actor } from './audit.repo.ts';
import { claimNextJob, insertJob, listDeadJobs, markJobDone, markJobFailed, reviveDeadJob } from './jobs.repo.ts';
import { PollLoop } from './poll-loop.ts';
import { inTransaction } from './transaction.ts';

export type JobHandler = (payload: unknown) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

/** Puts a side effect in the outbox, inside the caller's transaction, due at once. */
export function enqueueJob(tx: Tx, kind: string, payload: unknown, now: Date) {
  return insertJob(tx, { kind, payload, now });
}

/** How long a worker may hold a job; handlers must give up well before (SMTP timeouts are 2 min). */
export const LEASE_MS = 5 * 60_000;

/** 10 s, 20 s, 40 s … capped at one hour, with jitter so retries of many jobs spread out. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(10_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * The in-process worker: polls the outbox, runs each due job's handler outside any
 * transaction (a slow SMTP server must not hold a lock), retries with backoff, and
 * moves a job that keeps failing to the dead letters shown in the backoffice.
 */
export class JobWorker {
  private readonly db: Database;
  private readonly handlers: JobHandlers;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly poller: PollLoop;
  processed = 0;
  failed = 0;

  constructor(options: { db: Database; handlers: JobHandlers; clock: Clock; log: Logger; pollMs?: number }) {
    this.db = options.db;
    this.handlers = options.handlers;
    this.clock = options.clock;
    this.log = options.log;
    this.poller = new PollLoop({ work: () => this.drain(), pollMs: options.pollMs ?? 1000, log: this.log, failureMessage: 'job worker could not poll the outbox' });
  }

  /** Runs due jobs until none is due; returns how many ran. Tests call this directly. */
  async drain(): Promise<number> {
    let ran = 0;
    while (await this.runOne()) ran += 1;
    return ran;
  }

  async runOne(): Promise<boolean> {
    const now = this.clock.now();
    const job = await claimNextJob(this.db, now, new Date(now.getTime() + LEASE_MS));
    if (!job) return false;
    const handler = this.handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind "${job.kind}"`);
      await handler(job.payload);
      await markJobDone(this.db, job, this.clock.now());
      this.processed += 1;
    } catch (error) {
      this.failed += 1;
      const message = error instanceof Error ? error.message : String(error);
      const failedAt = this.clock.now();
      const next =
        job.attempts >= job.maxAttempts
          ? { deadAt: failedAt }
          : { retryAt: new Date(failedAt.getTime() + backoffMs(job.attempts)) };
      this.log.warn({ jobId: job.id, kind: job.kind, attempt: job.attempts, err: message, dead: 'deadAt' in next }, 'job failed');
      await markJobFailed(this.db, job, message.slice(0, 2000), next);
    }
    return true;
  }

  start(): void {
    this.poller.start();
  }

  /** Stops polling and waits for the job in hand to finish. */
  stop(): Promise<void> {
    return this.poller.stop();
  }
}

/** Dead letters for the backoffice, most recent failure first. */
export async function listDeadLetters(db: Database): Promise<Result<DeadJob[]>> {
  return inTransaction(db, async (tx) =>
    ok(
      (await listDeadJobs(tx)).map((job) => ({
        id: job.id,
        kind: job.kind,
        attempts: job.attempts,
        lastError: job.lastError ?? '',
        createdAt: job.createdAt.toISOString(),
        failedAt: (job.finishedAt ?? job.createdAt).toISOString(),
      })),
    ),
  );
}

/** Staff send a dead job round again with fresh attempts; the retry is audited. */
export async function retryDeadLetter(db: Database, actor: Actor, id: string, now: Date): Promise<Result<null, 'not_found'>> {
  return inTransaction(db, async (tx) => {
    if (!(await reviveDeadJob(tx, id, now))) return err('not_found', 'No such dead job');
    await writeAudit(tx, { actor, action: 'job.retried', accountId: null, before: { id, status: 'dead' }, after: { id, status: 'pending' } }, now);
    return ok(null);
  });
}
