import { err, ok, type Result } from '../../../kernel/result.ts';

/** A borrower group; the one without a parent is the root, "All" (rule 1). */
export type BorrowerGroupNode = { id: string; name: string; parentId: string | null };

export type TreeFailure = 'no_root' | 'several_roots' | 'unknown_parent' | 'cycle';

/**
 * Checks that the groups form one tree (rule 1): exactly one root, every parent known, and
 * no group its own ancestor. Run on every change before it is saved.
 */
export function checkTree(groups: readonly BorrowerGroupNode[]): Result<{ rootId: string }, TreeFailure> {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const roots = groups.filter((g) => g.parentId === null);
  if (roots.length === 0) return err('no_root', 'The borrower groups need one root, "All"');
  if (roots.length > 1) return err('several_roots', `Only "All" may be without a parent; ${roots.map((r) => `"${r.name}"`).join(', ')} are`);
  for (const group of groups) {
    if (group.parentId !== null && !byId.has(group.parentId)) return err('unknown_parent', `"${group.name}" has a parent that does not exist`, 'parentId');
    // Walking up from any group reaches the root within as many steps as there are groups, unless there is a cycle.
    let current: BorrowerGroupNode | undefined = group;
    for (let steps = 0; current && current.parentId !== null; steps += 1) {
      if (steps > groups.length) return err('cycle', `"${group.name}" would be its own ancestor`, 'parentId');
      current = byId.get(current.parentId);
    }
  }
  return ok({ rootId: roots[0]!.id });
}

/** The group and its ancestors up to the root, nearest first (rule 6). The tree must have passed `checkTree`. */
export function lineageOf(groups: ReadonlyMap<string, BorrowerGroupNode>, groupId: string): BorrowerGroupNode[] {
  const lineage: BorrowerGroupNode[] = [];
  for (let current = groups.get(groupId); current; current = current.parentId === null ? undefined : groups.get(current.parentId)) {
    lineage.push(current);
  }
  return lineage;
}

/** Whether `ancestorId` is `groupId` or one of its ancestors. */
export function isWithin(groups: ReadonlyMap<string, BorrowerGroupNode>, groupId: string, ancestorId: string): boolean {
  return lineageOf(groups, groupId).some((g) => g.id === ancestorId);
}

/** The groups as the tree shows them: depth first from the root, siblings by name. */
export function inTreeOrder<G extends BorrowerGroupNode>(groups: readonly G[]): G[] {
  const children = new Map<string | null, G[]>();
  for (const group of groups) children.set(group.parentId, [...(children.get(group.parentId) ?? []), group]);
  const ordered: G[] = [];
  const visit = (parentId: string | null) => {
    for (const child of (children.get(parentId) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'nb'))) {
      ordered.push(child);
      visit(child.id);
    }
  };
  visit(null);
  return ordered;
}
