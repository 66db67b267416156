import { describe, expect, it } from 'vitest';
import { descendantIds, indentedName, moveTargets, rootGroup, treeRows, type TreeGroup } from './borrower-group-tree.ts';

// The example tree, in the order the server created it.
const groups: TreeGroup[] = [
  { id: 'all', name: 'Alle', parentId: null },
  { id: 'lib', name: 'Biblioteker', parentId: 'all' },
  { id: 'per', name: 'Personer', parentId: 'all' },
  { id: 'voks', name: 'Voksne', parentId: 'per' },
  { id: 'barn', name: 'Barn', parentId: 'per' },
];

describe('treeRows', () => {
  it('puts each group after its parent, siblings by name, with depth and sub-group count', () => {
    expect(treeRows(groups).map((r) => [r.group.name, r.depth, r.children])).toEqual([
      ['Alle', 0, 2],
      ['Biblioteker', 1, 0],
      ['Personer', 1, 2],
      ['Barn', 2, 0],
      ['Voksne', 2, 0],
    ]);
  });

  it('sorts Norwegian letters as Norwegians do', () => {
    const rows = treeRows([{ id: 'r', name: 'Alle', parentId: null }, { id: 'å', name: 'Årskurs', parentId: 'r' }, { id: 'z', name: 'Zebra', parentId: 'r' }, { id: 'ø', name: 'Øvrige', parentId: 'r' }]);
    expect(rows.map((r) => r.group.name)).toEqual(['Alle', 'Zebra', 'Øvrige', 'Årskurs']);
  });

  it('shows a group whose parent is missing at the top instead of losing it, and survives a cycle', () => {
    const broken = [...groups, { id: 'lost', name: 'Borte', parentId: 'nowhere' }, { id: 'a', name: 'A', parentId: 'b' }, { id: 'b', name: 'B', parentId: 'a' }];
    const names = treeRows(broken).map((r) => r.group.name);
    expect(names).toContain('Borte');
    expect(names).not.toContain('A');
  });
});

describe('moving a group', () => {
  it('knows every descendant', () => {
    expect([...descendantIds(groups, 'all')].sort()).toEqual(['barn', 'lib', 'per', 'voks']);
    expect([...descendantIds(groups, 'per')].sort()).toEqual(['barn', 'voks']);
    expect(descendantIds(groups, 'barn').size).toBe(0);
  });

  it('offers every parent but the group itself and its own sub-groups', () => {
    expect(moveTargets(groups, 'per').map((r) => r.group.name)).toEqual(['Alle', 'Biblioteker']);
    expect(moveTargets(groups, 'barn').map((r) => r.group.name)).toEqual(['Alle', 'Biblioteker', 'Personer', 'Voksne']);
  });
});

describe('helpers', () => {
  it('finds the root and indents option names by depth', () => {
    expect(rootGroup(groups)?.name).toBe('Alle');
    const barn = treeRows(groups).find((r) => r.group.id === 'barn')!;
    expect(indentedName(barn)).toBe('\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Barn');
  });
});
