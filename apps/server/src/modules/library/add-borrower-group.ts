import { err, ok } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { changeTree } from './change-tree.ts';
import { insertBorrowerGroup } from './policy.repo.ts';

/** A new group under an existing one (rule 1). */
export function addBorrowerGroup(ctx: AppContext, libraryId: string, body: { name: string; parentId: string }) {
  return changeTree(ctx, libraryId, async (tx, groups) => {
    if (!groups.some((g) => g.id === body.parentId)) return err('not_found', 'The parent group does not exist', 'parentId');
    if (groups.some((g) => g.name.toLowerCase() === body.name.toLowerCase())) return err('name_taken', 'Another borrower group has that name', 'name');
    const id = await insertBorrowerGroup(tx, libraryId, body, ctx.clock.now());
    return ok([...groups, { id, ...body }]);
  });
}
