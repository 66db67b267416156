import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../kernel/clock.ts';
import { openTestDatabase } from '../test-support/test-database.ts';
import type { DatabaseHandle } from './db.ts';
import { backoffMs, enqueueJob, JobWorker } from './jobs.ts';
import { listDeadJobs, reviveDeadJob } from './jobs.repo.ts';

let database: DatabaseHandle;
const clock = fixedClock(new Date('2026-11-22T08:00:00Z'));
const log = pino({ level: 'silent' });

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const enqueue = (kind: string, payload: unknown) =>
  database.db.transaction((tx) => enqueueJob(tx, kind, payload, clock.now()));

describe('the outbox worker', () => {
  it('runs each due job once and marks it done', async () => {
    const seen: unknown[] = [];
    const worker = new JobWorker({ db: database.db, clock, log, handlers: { note: async (p) => void seen.push(p) } });
    await enqueue('note', { n: 1 });
    await enqueue('note', { n: 2 });
    expect(await worker.drain()).toBe(2);
    expect(await worker.drain()).toBe(0);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('does not run a job enqueued in a transaction that rolled back', async () => {
    const seen: unknown[] = [];
    const worker = new JobWorker({ db: database.db, clock, log, handlers: { note: async (p) => void seen.push(p) } });
    await database.db
      .transaction(async (tx) => {
        await enqueueJob(tx, 'note', { lost: true }, clock.now());
        throw new Error('use case failed');
      })
      .catch(() => undefined);
    await worker.drain();
    expect(seen).toEqual([]);
  });

  it('retries a failing job with growing backoff, then keeps it as a dead letter that staff can revive', async () => {
    let calls = 0;
    const worker = new JobWorker({
      db: database.db,
      clock,
      log,
      handlers: {
        flaky: async () => {
          calls += 1;
          throw new Error(`refused #${calls}`);
        },
      },
    });
    await enqueue('flaky', {});
    await database.db.execute(sql`UPDATE jobs SET max_attempts = 3 WHERE kind = 'flaky'`);

    await worker.drain();
    expect(calls).toBe(1);
    await worker.drain();
    expect(calls).toBe(1); // waiting for its backoff
    for (let i = 0; i < 2; i++) {
      clock.advance(2 * 3_600_000);
      await worker.drain();
    }
    expect(calls).toBe(3);
    const dead = await database.db.transaction((tx) => listDeadJobs(tx));
    expect(dead.map((j) => [j.kind, j.lastError])).toEqual([['flaky', 'refused #3']]);

    clock.advance(24 * 3_600_000);
    await worker.drain();
    expect(calls).toBe(3); // the dead stay dead

    const job = dead[0];
    if (!job) throw new Error('no dead job');
    expect(await database.db.transaction((tx) => reviveDeadJob(tx, job.id, clock.now()))).toBe(true);
    await worker.drain();
    expect(calls).toBe(4);
  });

  it('lets two workers share the outbox without running a job twice', async () => {
    const runs = new Map<number, number>();
    const handler = async (p: unknown) => {
      const n = (p as { n: number }).n;
      runs.set(n, (runs.get(n) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 2));
    };
    for (let n = 0; n < 40; n++) await enqueue('count', { n });
    const a = new JobWorker({ db: database.db, clock, log, handlers: { count: handler } });
    const b = new JobWorker({ db: database.db, clock, log, handlers: { count: handler } });
    const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
    expect(ranA + ranB).toBe(40);
    expect([...runs.values()].every((times) => times === 1)).toBe(true);
    expect(runs.size).toBe(40);
  });
});

describe('a worker whose lease ran out', () => {
  it('cannot overwrite the outcome recorded by the worker that took the job over', async () => {
    // Earlier tests' jobs out of the way: this one is about a single job.
    await database.db.execute(sql`UPDATE jobs SET status = 'done' WHERE status = 'pending'`);
    await enqueue('late', {});
    let release: () => void = () => {};
    const slowStarted = new Promise<void>((started) => {
      const slow = new JobWorker({
        db: database.db,
        clock,
        log,
        handlers: {
          late: () => {
            started();
            return new Promise<void>((resolve) => (release = resolve)).then(() => {
              throw new Error('gave up, too late');
            });
          },
        },
      });
      void slow.runOne();
    });
    await slowStarted;
    // The lease runs out; a second worker takes the job and finishes it.
    clock.advance(6 * 60_000);
    const ran: unknown[] = [];
    const fresh = new JobWorker({ db: database.db, clock, log, handlers: { late: async (p) => void ran.push(p) } });
    expect(await fresh.runOne()).toBe(true);
    release();
    await new Promise((r) => setTimeout(r, 50));
    const [row] = (await database.db.execute<{ status: string; last_error: string | null }>(sql`SELECT status, last_error FROM jobs WHERE kind = 'late'`)).rows;
    expect(row).toEqual({ status: 'done', last_error: null });
  });
});

describe('backoffMs', () => {
  it('doubles from ten seconds and stops at one hour', () => {
    const middle = () => 0.5;
    expect(backoffMs(1, middle)).toBe(10_000);
    expect(backoffMs(2, middle)).toBe(20_000);
    expect(backoffMs(20, middle)).toBe(3_600_000);
  });
});
