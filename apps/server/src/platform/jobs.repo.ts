import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Database, Tx } from './db.ts';
import { reusableStatement } from './prepared.ts';
import { jobs } from './platform.schema.ts';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(
  tx: Tx,
  job: { kind: string; payload: unknown; now: Date; maxAttempts?: number },
): Promise<void> {
  await tx.insert(jobs).values({
    kind: job.kind,
    payload: job.payload,
    runAt: job.now,
    createdAt: job.now,
    ...(job.maxAttempts ? { maxAttempts: job.maxAttempts } : {}),
  });
}

const claimNext = reusableStatement('claim_next_job', (runner) =>
  runner
    .update(jobs)
    .set({ runAt: sql`${sql.placeholder('leaseUntil')}::timestamptz`, attempts: sql`${jobs.attempts} + 1` })
    // A scalar subquery: PostgreSQL runs it once, so the update takes exactly the row it locked.
    .where(
      eq(
        jobs.id,
        sql`(${runner
          .select({ id: jobs.id })
          .from(jobs)
          .where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, sql`${sql.placeholder('now')}::timestamptz`)))
          .orderBy(asc(jobs.runAt))
          .limit(1)
          .for('update', { skipLocked: true })})`,
      ),
    )
    .returning(),
);

/**
 * Takes the next due job and leases it until `leaseUntil`: the lease is the run_at, so a
 * worker that dies mid-job leaves it to be taken again. SKIP LOCKED lets several workers
 * share the table without waiting on each other. One statement, as the worker polls often.
 */
export async function claimNextJob(db: Database, now: Date, leaseUntil: Date): Promise<JobRow | undefined> {
  const [claimed] = await claimNext(db, { now: now.toISOString(), leaseUntil: leaseUntil.toISOString() });
  return claimed;
}

/**
 * Only the worker holding the latest lease may record the outcome: if the lease ran out
 * and another worker took the job, the late one's result is ignored.
 */
const stillOurs = (claimed: Pick<JobRow, 'id' | 'attempts'>) =>
  and(eq(jobs.id, claimed.id), eq(jobs.status, 'pending'), eq(jobs.attempts, claimed.attempts));

export async function markJobDone(db: Database, claimed: JobRow, now: Date): Promise<void> {
  await db.update(jobs).set({ status: 'done', finishedAt: now, lastError: null }).where(stillOurs(claimed));
}

export async function markJobFailed(
  db: Database,
  claimed: JobRow,
  error: string,
  next: { retryAt: Date } | { deadAt: Date },
): Promise<void> {
  await db
    .update(jobs)
    .set(
      'retryAt' in next
        ? { lastError: error, runAt: next.retryAt }
        : { lastError: error, status: 'dead', finishedAt: next.deadAt },
    )
    .where(stillOurs(claimed));
}

/** Forgets finished jobs after a while; dead letters stay until someone deals with them. */
export async function deleteFinishedJobs(tx: Tx, finishedBefore: Date): Promise<number> {
  const deleted = await tx
    .delete(jobs)
    .where(and(eq(jobs.status, 'done'), lte(jobs.finishedAt, finishedBefore)))
    .returning({ id: jobs.id });
  return deleted.length;
}

export async function listDeadJobs(tx: Tx, limit = 200): Promise<JobRow[]> {
  return tx.select().from(jobs).where(eq(jobs.status, 'dead')).orderBy(sql`${jobs.finishedAt} DESC`).limit(limit);
}

/** Gives a dead job a fresh set of attempts; false when there is no such dead job. */
export async function reviveDeadJob(tx: Tx, id: string, now: Date): Promise<boolean> {
  const revived = await tx
    .update(jobs)
    .set({ status: 'pending', attempts: 0, runAt: now, finishedAt: null })
    .where(and(eq(jobs.id, id), eq(jobs.status, 'dead')))
    .returning({ id: jobs.id });
  return revived.length === 1;
}

export async function countJobsByStatus(db: Database): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: jobs.status, n: sql<number>`count(*)::int` })
    .from(jobs)
    .groupBy(jobs.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
