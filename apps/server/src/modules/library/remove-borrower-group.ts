import { err, ok } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { changeTree } from './change-tree.ts';
import { borrowerGroupUse, deleteBorrowerGroup } from './policy.repo.ts';

/** Deletes a group no borrower, profile or sub-group uses. */
export function removeBorrowerGroup(ctx: AppContext, libraryId: string, id: string) {
  return changeTree(ctx, libraryId, async (tx, groups) => {
    const group = groups.find((g) => g.id === id);
    if (!group) return err('not_found', 'No such borrower group');
    if (group.parentId === null) return err('root_fixed', '"All" cannot be deleted');
    const use = (await borrowerGroupUse(tx, libraryId)).get(id);
    const children = groups.filter((g) => g.parentId === id).length;
    if (children > 0 || use?.borrowers || use?.profiles) {
      return err('group_in_use', `"${group.name}" is still used: ${children} sub-groups, ${use?.borrowers ?? 0} borrowers, ${use?.profiles ?? 0} loan profiles`);
    }
    await deleteBorrowerGroup(tx, libraryId, id);
    return ok(groups.filter((g) => g.id !== id));
  });
}
