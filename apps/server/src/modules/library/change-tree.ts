import type { LibrarySettings } from '@hylle/contracts';
import { err, ok, type Result } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db.ts';
import { inTransaction } from '../../platform/transaction.ts';
import { checkTree, type BorrowerGroupNode, type TreeFailure } from './domain/borrower-group-tree.ts';
import { readLibrarySettings } from './get-library-settings.ts';
import { bumpPolicyVersion } from './libraries.repo.ts';
import { listBorrowerGroups } from './policy.repo.ts';

export type GroupFailure = TreeFailure | 'not_found' | 'name_taken' | 'group_in_use' | 'root_fixed';

/**
 * Every change of the borrower-group tree (rule 1) goes through here: the library's row is
 * held (the version bump), the tree as it would be after the change is checked whole, and
 * only then written. The answer is the settings after the change.
 */
export async function changeTree(
  ctx: AppContext,
  libraryId: string,
  change: (tx: Tx, groups: BorrowerGroupNode[]) => Promise<Result<BorrowerGroupNode[], GroupFailure>>,
): Promise<Result<LibrarySettings, GroupFailure>> {
  return inTransaction(ctx.db, async (tx) => {
    await bumpPolicyVersion(tx, libraryId);
    const changed = await change(tx, await listBorrowerGroups(tx, libraryId));
    if (!changed.ok) return changed;
    const checked = checkTree(changed.value);
    if (!checked.ok) return checked;
    const names = changed.value.map((g) => g.name.toLowerCase());
    if (new Set(names).size !== names.length) return err('name_taken', 'Another borrower group has that name', 'name');
    return ok((await readLibrarySettings(tx, libraryId))!);
  });
}
