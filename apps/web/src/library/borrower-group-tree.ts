/** What the tree needs of a borrower group: the admin's settings and the desk's directory both have it. */
export type TreeGroup = { id: string; name: string; parentId: string | null };

/** One group as the tree is drawn and read: depth-first, each group after its parent. */
export type TreeRow<G extends TreeGroup> = { group: G; depth: number; children: number };

const byName = (locale: string) => (a: TreeGroup, b: TreeGroup) => a.name.localeCompare(b.name, locale);

/** Each parent's children, sorted by name so a group is found where the eye expects it. */
export function childrenByParent<G extends TreeGroup>(groups: readonly G[], locale = 'nb'): Map<string | null, G[]> {
  const ids = new Set(groups.map((g) => g.id));
  const children = new Map<string | null, G[]>();
  for (const group of groups) {
    // A parent we were not sent would hide the group: it is shown at the top instead.
    const parent = group.parentId !== null && ids.has(group.parentId) ? group.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), group]);
  }
  for (const list of children.values()) list.sort(byName(locale));
  return children;
}

/** The groups depth-first (root "All" first), with their depth and number of sub-groups. */
export function treeRows<G extends TreeGroup>(groups: readonly G[], locale = 'nb'): TreeRow<G>[] {
  const children = childrenByParent(groups, locale);
  const rows: TreeRow<G>[] = [];
  const seen = new Set<string>();
  const visit = (group: G, depth: number) => {
    // The server refuses cycles; the guard keeps a broken answer from hanging the page.
    if (seen.has(group.id)) return;
    seen.add(group.id);
    const own = children.get(group.id) ?? [];
    rows.push({ group, depth, children: own.length });
    for (const child of own) visit(child, depth + 1);
  };
  for (const top of children.get(null) ?? []) visit(top, 0);
  return rows;
}

/** Every group below `id` (not `id` itself). */
export function descendantIds(groups: readonly TreeGroup[], id: string): Set<string> {
  const children = childrenByParent(groups);
  const found = new Set<string>();
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const group = stack.pop()!;
    if (found.has(group.id)) continue;
    found.add(group.id);
    stack.push(...(children.get(group.id) ?? []));
  }
  return found;
}

/** Where a group may move: anywhere but under itself or one of its own sub-groups (that would be a cycle). */
export function moveTargets<G extends TreeGroup>(groups: readonly G[], id: string, locale = 'nb'): TreeRow<G>[] {
  const excluded = descendantIds(groups, id);
  excluded.add(id);
  return treeRows(groups, locale).filter((row) => !excluded.has(row.group.id));
}

/** The root, "All": the one group without a parent. */
export function rootGroup<G extends TreeGroup>(groups: readonly G[]): G | undefined {
  return groups.find((group) => group.parentId === null);
}

/** A group's name as an option of a select: indented by its depth, since a select cannot nest. */
export function indentedName(row: TreeRow<TreeGroup>): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(row.depth)}${row.group.name}`;
}
