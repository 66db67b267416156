import type { BorrowerList } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { searchBorrowers } from './borrowers.repo.ts';
import { toBorrowerView } from './desk-views.ts';
import { listBorrowerGroups } from './policy.repo.ts';

/** The desk's search: a card number exactly, or the start of a first or last name. */
export async function findBorrowers(ctx: AppContext, libraryId: string, q: string): Promise<Result<BorrowerList>> {
  return inTransaction(ctx.db, async (tx) => {
    const names = new Map((await listBorrowerGroups(tx, libraryId)).map((g) => [g.id, g.name]));
    return ok({ items: (await searchBorrowers(tx, libraryId, q)).map((b) => toBorrowerView(b, names)) });
  });
}
