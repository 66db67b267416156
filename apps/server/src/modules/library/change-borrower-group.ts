import { err, ok } from '../../kernel/result.ts';
import type { AppContext } from '../../platform/context.ts';
import { checkTree } from './domain/borrower-group-tree.ts';
import { changeTree } from './change-tree.ts';
import { updateBorrowerGroup } from './policy.repo.ts';

/** Renames or moves a group; "All" keeps its place at the root. */
export function changeBorrowerGroup(ctx: AppContext, libraryId: string, id: string, body: { name: string; parentId: string | null }) {
  return changeTree(ctx, libraryId, async (tx, groups) => {
    const group = groups.find((g) => g.id === id);
    if (!group) return err('not_found', 'No such borrower group');
    if ((group.parentId === null) !== (body.parentId === null)) return err('root_fixed', '"All" stays the root, and no other group can become one', 'parentId');
    const after = groups.map((g) => (g.id === id ? { ...g, ...body } : g));
    // Check before writing: a cycle must never reach the database.
    const checked = checkTree(after);
    if (!checked.ok) return checked;
    if (after.some((g) => g.id !== id && g.name.toLowerCase() === body.name.toLowerCase())) return err('name_taken', 'Another borrower group has that name', 'name');
    await updateBorrowerGroup(tx, libraryId, id, body);
    return ok(after);
  });
}
