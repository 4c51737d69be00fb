import type { ItemAlignment } from '../model/annotation';

export interface AlignmentCounts {
  total: number;
  aligned: number;
  byObjective: Record<string, number>;
}

/**
 * How many items serve any objective, and how many serve each. An item with
 * two objectives is one aligned item but counts under both objectives, and
 * two reasons for the same objective still count it once there.
 */
export function alignmentCounts(
  items: readonly { id: string; alignments: readonly ItemAlignment[] }[],
): AlignmentCounts {
  // A Map, because record ids such as "__proto__" are valid and must not reach an object's prototype.
  const byObjective = new Map<string, number>();
  let aligned = 0;
  for (const item of items) {
    if (item.alignments.length > 0) aligned++;
    for (const objectiveId of new Set(item.alignments.map((alignment) => alignment.objectiveId)))
      byObjective.set(objectiveId, (byObjective.get(objectiveId) ?? 0) + 1);
  }
  return { total: items.length, aligned, byObjective: Object.fromEntries(byObjective) };
}
