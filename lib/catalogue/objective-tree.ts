import type { Objective } from '../model/objective';
import type { Theme } from '../model/theme';

/** One objective in the tree, with the sub-objectives shown under it. */
export interface ObjectiveNode {
  objective: Objective;
  depth: number;
  /**
   * Position in the whole tree read top to bottom. Ancestors always come
   * first, so showing only the first N rows never shows a row without its parents.
   */
  index: number;
  children: ObjectiveNode[];
  /** The parent when it exists but is shown elsewhere (under another theme, or filtered out). */
  parentElsewhere?: Objective;
}

/** The objectives of one theme; `theme` is null for objectives without one (or whose theme is gone). */
export interface ThemeGroup {
  theme: Theme | null;
  roots: ObjectiveNode[];
}

export interface ObjectiveTree {
  groups: ThemeGroup[];
  /** How many rows the whole tree has. */
  size: number;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** By code, so GROW-2 comes before GROW-10; ids break ties so the order never depends on storage. */
export function compareObjectives(a: Objective, b: Objective): number {
  return collator.compare(a.code, b.code) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Groups objectives by theme (themes by name, objectives without a theme
 * last) and nests each under its parent when the parent is in the same
 * group. The database refuses parent cycles, but stored data may predate
 * that check, so a cycle is broken rather than followed: its first member
 * by code becomes a root. A parent that does not exist is ignored.
 */
export function buildObjectiveTree(
  objectives: readonly Objective[],
  themes: readonly Theme[],
  allObjectives: readonly Objective[] = objectives,
): ObjectiveTree {
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const everyObjective = new Map(allObjectives.map((objective) => [objective.id, objective]));
  const members = new Map<Theme | null, Objective[]>();
  for (const objective of objectives) {
    const theme = (objective.themeId != null && themeById.get(objective.themeId)) || null;
    const list = members.get(theme);
    if (list) list.push(objective);
    else members.set(theme, [objective]);
  }
  const ordered = [...members.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  let index = 0;
  const groups = ordered.map((theme): ThemeGroup => {
    const list = [...(members.get(theme) ?? [])].sort(compareObjectives);
    const parents = parentsWithinGroup(list);
    const childrenOf = new Map<string | null, Objective[]>();
    for (const objective of list) {
      const parent = parents.get(objective.id) ?? null;
      const siblings = childrenOf.get(parent);
      if (siblings) siblings.push(objective);
      else childrenOf.set(parent, [objective]);
    }
    const inGroup = new Set(list.map((objective) => objective.id));
    const visit = (objective: Objective, depth: number): ObjectiveNode => {
      const node: ObjectiveNode = { objective, depth, index: index++, children: [] };
      const parent = objective.parentId != null ? everyObjective.get(objective.parentId) : undefined;
      if (parent && !inGroup.has(parent.id)) node.parentElsewhere = parent;
      node.children = (childrenOf.get(objective.id) ?? []).map((child) => visit(child, depth + 1));
      return node;
    };
    return { theme, roots: (childrenOf.get(null) ?? []).map((root) => visit(root, 0)) };
  });
  return { groups, size: index };
}

/** Each objective's parent when that parent is in the same (sorted) list, with cycles cut. */
function parentsWithinGroup(list: readonly Objective[]): Map<string, string> {
  const ids = new Set(list.map((objective) => objective.id));
  const parents = new Map<string, string>();
  for (const objective of list)
    if (objective.parentId != null && ids.has(objective.parentId)) parents.set(objective.id, objective.parentId);
  const settled = new Set<string>();
  for (const objective of list) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let at: string | undefined = objective.id;
    while (at !== undefined && !settled.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      at = parents.get(at);
    }
    if (at !== undefined && onPath.has(at)) {
      // The cycle is the tail of the path from `at`; the list is sorted, so its first member comes first there.
      const cycle = new Set(path.slice(path.indexOf(at)));
      const first = list.find((member) => cycle.has(member.id))!;
      parents.delete(first.id);
    }
    for (const id of path) settled.add(id);
  }
  return parents;
}

/** An objective's sub-objectives at any depth: what may not become its parent. Cycles in stored data end the walk. */
export function descendantIds(objectives: readonly Objective[], id: string): Set<string> {
  const childrenOf = new Map<string, string[]>();
  for (const objective of objectives) {
    if (objective.parentId == null) continue;
    const list = childrenOf.get(objective.parentId);
    if (list) list.push(objective.id);
    else childrenOf.set(objective.parentId, [objective.id]);
  }
  const found = new Set<string>();
  const queue = [...(childrenOf.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (found.has(next) || next === id) continue;
    found.add(next);
    queue.push(...(childrenOf.get(next) ?? []));
  }
  return found;
}
