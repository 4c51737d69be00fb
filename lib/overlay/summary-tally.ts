import type { SummarySplit } from '../../components/overlay/SummaryBar';
import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';
import { IdMap } from '../model/id-map';

/** Made on first use (the split is worked out only when a person opens it), then kept: one per comparison cost more than the sort. */
let byCode: Intl.Collator | null = null;

/** Whether an alignment before `index` is to the same objective (one item may serve it by more than one path). */
function servedBefore(alignments: readonly ItemAlignment[], index: number, objectiveId: string): boolean {
  for (let before = 0; before < index; before++) if (alignments[before]!.objectiveId === objectiveId) return true;
  return false;
}

/** An item in view more than once: how many times, and its alignments as counted. */
interface Repeated {
  count: number;
  alignments: readonly ItemAlignment[];
}

function isRepeated(entry: readonly ItemAlignment[] | Repeated): entry is Repeated {
  return !Array.isArray(entry);
}

/**
 * Counts over the distinct list items in view, kept up to date item by item
 * as the page changes: a card re-created under the same key leaves the
 * counts as they were, without counting the board again, and the split by
 * objective is read from counts kept per objective, not from every item.
 */
export function createSummaryTally() {
  /**
   * Each item's alignments as counted; an item in view more than once (a card in two swimlanes) as `Repeated`.
   * Not an object for every item: on a board of 20,000 cards, each was one more to copy in the young collections
   * of its load.
   */
  const entries = new IdMap<readonly ItemAlignment[] | Repeated>();
  const perObjective = new Map<string, number>();
  let aligned = 0;

  /** Counts an item's objectives once each, in (`by` 1) or out (`by` -1). */
  function countObjectives(alignments: readonly ItemAlignment[], by: 1 | -1): void {
    // Indexed, with no set of ids made: asked of every item as it is counted, and most serve one objective or none.
    for (let index = 0; index < alignments.length; index++) {
      const { objectiveId } = alignments[index]!;
      if (servedBefore(alignments, index, objectiveId)) continue;
      const count = (perObjective.get(objectiveId) ?? 0) + by;
      if (count > 0) perObjective.set(objectiveId, count);
      else perObjective.delete(objectiveId);
    }
  }

  return {
    get total(): number {
      return entries.size;
    },
    get aligned(): number {
      return aligned;
    },
    add(id: string, alignments: readonly ItemAlignment[]): void {
      const entry = entries.get(id);
      if (entry !== undefined) {
        if (isRepeated(entry)) entry.count++;
        else entries.set(id, { count: 2, alignments: entry });
        this.update(id, alignments);
        return;
      }
      entries.set(id, alignments);
      countObjectives(alignments, 1);
      if (alignments.length > 0) aligned++;
    },
    remove(id: string): void {
      const entry = entries.get(id);
      if (entry === undefined) return;
      if (isRepeated(entry)) {
        // Still in view once: counted as it was, by its alignments alone again.
        if (--entry.count === 1) entries.set(id, entry.alignments);
        return;
      }
      entries.delete(id);
      countObjectives(entry, -1);
      if (entry.length > 0) aligned--;
    },
    update(id: string, alignments: readonly ItemAlignment[]): void {
      const entry = entries.get(id);
      if (entry === undefined) return;
      const counted = isRepeated(entry) ? entry.alignments : entry;
      if (alignments === counted) return;
      aligned += Number(alignments.length > 0) - Number(counted.length > 0);
      countObjectives(counted, -1);
      countObjectives(alignments, 1);
      if (isRepeated(entry)) entry.alignments = alignments;
      else entries.set(id, alignments);
    },
    clear(): void {
      entries.clear();
      perObjective.clear();
      aligned = 0;
    },
    /** How many distinct items serve each objective, most first, then by code (OB-9 before OB-10). */
    split(objectives: ReadonlyMap<string, ObjectiveSummary>): SummarySplit[] {
      const split = [...perObjective].flatMap(([objectiveId, count]) => {
        const objective = objectives.get(objectiveId);
        return objective
          ? [{ objectiveId, code: objective.code, title: objective.title, color: objective.themeColor, count }]
          : [];
      });
      byCode ??= new Intl.Collator('en', { numeric: true });
      const { compare } = byCode;
      split.sort((a, b) => b.count - a.count || compare(a.code, b.code));
      return split;
    },
  };
}

export type SummaryTally = ReturnType<typeof createSummaryTally>;
