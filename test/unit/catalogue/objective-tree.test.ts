import { describe, expect, it } from 'vitest';
import { buildObjectiveTree, descendantIds, type ObjectiveNode } from '../../../lib/catalogue/objective-tree';
import type { Objective } from '../../../lib/model/objective';
import type { Theme } from '../../../lib/model/theme';

const objective = (id: string, code: string, extra: Partial<Objective> = {}): Objective => ({
  id,
  code,
  title: `Title of ${code}`,
  status: 'active',
  ...extra,
});
const themes: Theme[] = [
  { id: 'th-ops', name: 'Operations' },
  { id: 'th-growth', name: 'Growth' },
];

/** The tree as indented codes, the way a reader scans it. */
function outline(nodes: readonly ObjectiveNode[]): string[] {
  return nodes.flatMap((node) => [`${'  '.repeat(node.depth)}${node.objective.code}`, ...outline(node.children)]);
}

describe('buildObjectiveTree', () => {
  it('groups by theme name, nests sub-objectives and sorts codes by number', () => {
    const tree = buildObjectiveTree(
      [
        objective('o1', 'OPS-1', { themeId: 'th-ops' }),
        objective('g10', 'GROW-10', { themeId: 'th-growth' }),
        objective('g2', 'GROW-2', { themeId: 'th-growth', parentId: 'g1' }),
        objective('g1', 'GROW-1', { themeId: 'th-growth' }),
        objective('x', 'LOOSE-1'),
      ],
      themes,
    );
    expect(tree.groups.map((group) => group.theme?.name ?? null)).toEqual(['Growth', 'Operations', null]);
    expect(outline(tree.groups[0]!.roots)).toEqual(['GROW-1', '  GROW-2', 'GROW-10']);
    expect(tree.size).toBe(5);
  });

  it('numbers rows top to bottom, so a prefix of rows always holds their parents', () => {
    const tree = buildObjectiveTree(
      [objective('a', 'A-1'), objective('b', 'A-2', { parentId: 'a' }), objective('c', 'A-3', { parentId: 'b' })],
      [],
    );
    const root = tree.groups[0]!.roots[0]!;
    expect([root.index, root.children[0]!.index, root.children[0]!.children[0]!.index]).toEqual([0, 1, 2]);
  });

  it('puts objectives of a theme that no longer exists under "No theme"', () => {
    const tree = buildObjectiveTree([objective('a', 'A-1', { themeId: 'th-gone' })], themes);
    expect(tree.groups).toHaveLength(1);
    expect(tree.groups[0]!.theme).toBeNull();
  });

  it('shows an objective whose parent is missing at the top level', () => {
    const tree = buildObjectiveTree([objective('a', 'A-1', { parentId: 'nowhere' })], []);
    expect(outline(tree.groups[0]!.roots)).toEqual(['A-1']);
    expect(tree.groups[0]!.roots[0]!.parentElsewhere).toBeUndefined();
  });

  it('names a parent shown under another theme or filtered out', () => {
    const parent = objective('g1', 'GROW-1', { themeId: 'th-growth' });
    const child = objective('o2', 'OPS-2', { themeId: 'th-ops', parentId: 'g1' });
    const tree = buildObjectiveTree([parent, child], themes);
    expect(tree.groups[1]!.roots[0]!.parentElsewhere).toBe(parent);
    const filtered = buildObjectiveTree([child], themes, [parent, child]);
    expect(filtered.groups[0]!.roots[0]!.parentElsewhere).toBe(parent);
  });

  it('breaks a stored parent cycle at its first code instead of looping', () => {
    const tree = buildObjectiveTree(
      [
        objective('a', 'C-1', { parentId: 'c' }),
        objective('b', 'C-2', { parentId: 'a' }),
        objective('c', 'C-3', { parentId: 'b' }),
        objective('d', 'C-4', { parentId: 'c' }),
        objective('s', 'S-1', { parentId: 's' }),
      ],
      [],
    );
    expect(outline(tree.groups[0]!.roots)).toEqual(['C-1', '  C-2', '    C-3', '      C-4', 'S-1']);
    expect(tree.size).toBe(5);
  });

  it('builds a thousand objectives quickly', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      objective(`o${i}`, `OB-${i}`, {
        themeId: i % 2 ? 'th-ops' : 'th-growth',
        parentId: i % 10 ? `o${i - (i % 10)}` : null,
      }),
    );
    const started = performance.now();
    const tree = buildObjectiveTree(many, themes);
    expect(performance.now() - started).toBeLessThan(100);
    expect(tree.size).toBe(1000);
  });
});

describe('descendantIds', () => {
  it('finds sub-objectives at any depth and survives a cycle', () => {
    const list = [
      objective('a', 'A'),
      objective('b', 'B', { parentId: 'a' }),
      objective('c', 'C', { parentId: 'b' }),
      objective('d', 'D'),
      objective('x', 'X', { parentId: 'y' }),
      objective('y', 'Y', { parentId: 'x' }),
    ];
    expect(descendantIds(list, 'a')).toEqual(new Set(['b', 'c']));
    expect(descendantIds(list, 'd')).toEqual(new Set());
    expect(descendantIds(list, 'x')).toEqual(new Set(['y']));
  });
});
