import type { Failure, Result } from '../kernel/result.ts';
import type { Database, Tx } from './db.ts';

class RollbackWithFailure extends Error {
  readonly failure: Failure;
  constructor(failure: Failure) {
    super(failure.code);
    this.failure = failure;
  }
}

/**
 * One use case, one transaction (DESIGN §5.4). A returned failure rolls everything back,
 * so an expected error never leaves anything half-written; a throw does the same.
 */
export async function inTransaction<T, C extends string>(
  db: Database,
  work: (tx: Tx) => Promise<Result<T, C>>,
): Promise<Result<T, C>> {
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new RollbackWithFailure(result);
      return result;
    });
  } catch (error) {
    if (error instanceof RollbackWithFailure) return error.failure as Failure<C>;
    throw error;
  }
}
