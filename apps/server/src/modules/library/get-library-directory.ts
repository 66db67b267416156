import type { LibraryDirectory } from '@hylle/contracts';
import { ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { libraryToday } from './desk-context.ts';
import { inTreeOrder } from './domain/borrower-group-tree.ts';
import { listBorrowerGroups, listMaterialGroups } from './policy.repo.ts';

/** The names the desk shows and picks from, and the library's today. */
export async function getLibraryDirectory(ctx: AppContext, libraryId: string): Promise<Result<LibraryDirectory>> {
  return inTransaction(ctx.db, async (tx) => {
    const [groups, materialGroups] = [await listBorrowerGroups(tx, libraryId), await listMaterialGroups(tx, libraryId)];
    return ok({
      borrowerGroups: inTreeOrder(groups),
      materialGroups: materialGroups.map((g) => ({ id: g.id, name: g.name, bookable: g.bookable })),
      today: libraryToday(ctx),
    });
  });
}
