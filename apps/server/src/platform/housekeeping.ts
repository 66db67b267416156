import type { Logger } from 'pino';
import type { Clock } from '../kernel/clock.ts';
import type { Database } from './db.ts';
import { deleteFinishedJobs } from './jobs.repo.ts';
import { deleteStaleRateLimits } from './rate-limit.repo.ts';

export type HousekeepingTask = () => Promise<Record<string, number>>;

const DAY_MS = 24 * 3600_000;
/** Longer than the longest rate-limit window (a day). */
const RATE_LIMIT_MEMORY_MS = 2 * DAY_MS;
const DONE_JOB_MEMORY_MS = 30 * DAY_MS;

/** The platform's own tables: stale rate-limit counters and long-finished jobs. */
export function platformHousekeeping(db: Database, clock: Clock): HousekeepingTask {
  return async () => {
    const now = clock.now().getTime();
    return db.transaction(async (tx) => ({
      rateLimits: await deleteStaleRateLimits(tx, new Date(now - RATE_LIMIT_MEMORY_MS)),
      finishedJobs: await deleteFinishedJobs(tx, new Date(now - DONE_JOB_MEMORY_MS)),
    }));
  };
}

/**
 * Runs every task and logs what each removed; tables written for every visitor (codes,
 * counters, sessions) would otherwise grow for ever. Safe to run in several processes at once.
 */
export async function runHousekeeping(tasks: HousekeepingTask[], log: Logger): Promise<void> {
  for (const task of tasks) {
    try {
      const removed = await task();
      if (Object.values(removed).some((n) => n > 0)) log.info({ removed }, 'housekeeping');
    } catch (error) {
      log.error({ err: error }, 'housekeeping failed');
    }
  }
}
