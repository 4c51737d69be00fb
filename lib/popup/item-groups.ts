import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';

/** What grouping needs of a page item: its id (the page's order is the order given). */
interface Grouped {
  id: string;
}

export interface ObjectiveGroup<Item> {
  objective: ObjectiveSummary;
  /** The items serving it, each with why, in the page's order. */
  items: { item: Item; alignment: ItemAlignment }[];
}

export interface ItemGroups<Item> {
  /** Items that serve no objective: what the popup is for, so they come first. */
  unaligned: Item[];
  /** One group per objective the items serve, by code ("GROW-2" before "GROW-10"); an item serving two is in both. */
  byObjective: ObjectiveGroup<Item>[];
}

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The popup's list: unaligned items first, then the aligned ones under each
 * objective they serve. An alignment to an objective the answer does not
 * describe cannot be shown under it, and leaves the item unaligned only if it
 * has no other.
 */
export function groupItems<Item extends Grouped>(
  items: readonly Item[],
  alignmentsOf: (id: string) => readonly ItemAlignment[],
  objectives: Readonly<Record<string, ObjectiveSummary>>,
): ItemGroups<Item> {
  const unaligned: Item[] = [];
  const groups = new Map<string, ObjectiveGroup<Item>>();
  for (const item of items) {
    let shown = false;
    for (const alignment of alignmentsOf(item.id)) {
      const objective = objectives[alignment.objectiveId];
      if (!objective) continue;
      shown = true;
      const group = groups.get(objective.id) ?? { objective, items: [] };
      group.items.push({ item, alignment });
      groups.set(objective.id, group);
    }
    if (!shown) unaligned.push(item);
  }
  const byObjective = [...groups.values()].sort((a, b) => byCode.compare(a.objective.code, b.objective.code));
  return { unaligned, byObjective };
}
