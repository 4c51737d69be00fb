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

/**
 * Counts over the distinct list items in view, kept up to date item by item
 * as the page changes: a card re-created under the same key leaves the
 * counts as they were, without counting the board again, and the split by
 * objective is read from counts kept per objective, not from every item.
 */
export function createSummaryTally() {
  const entries = new IdMap<{ count: number; alignments: readonly ItemAlignment[] }>();
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
      if (entry) {
        entry.count++;
        this.update(id, alignments);
        return;
      }
      entries.set(id, { count: 1, alignments });
      countObjectives(alignments, 1);
      if (alignments.length > 0) aligned++;
    },
    remove(id: string): void {
      const entry = entries.get(id);
      if (!entry) return;
      if (--entry.count > 0) return;
      entries.delete(id);
      countObjectives(entry.alignments, -1);
      if (entry.alignments.length > 0) aligned--;
    },
    update(id: string, alignments: readonly ItemAlignment[]): void {
      const entry = entries.get(id);
      if (!entry) return;
      if (alignments === entry.alignments) return;
      aligned += Number(alignments.length > 0) - Number(entry.alignments.length > 0);
      countObjectives(entry.alignments, -1);
      countObjectives(alignments, 1);
      entry.alignments = alignments;
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
