import type { SummarySplit } from '../../components/overlay/SummaryBar';
import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';

/**
 * Counts over the distinct list items in view, kept up to date item by item
 * as the page changes: a card re-created under the same key leaves the
 * counts as they were, without counting the board again.
 */
export function createSummaryTally() {
  const entries = new Map<string, { count: number; alignments: readonly ItemAlignment[] }>();
  let aligned = 0;

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
      if (alignments.length > 0) aligned++;
    },
    remove(id: string): void {
      const entry = entries.get(id);
      if (!entry) return;
      if (--entry.count > 0) return;
      entries.delete(id);
      if (entry.alignments.length > 0) aligned--;
    },
    update(id: string, alignments: readonly ItemAlignment[]): void {
      const entry = entries.get(id);
      if (!entry) return;
      aligned += Number(alignments.length > 0) - Number(entry.alignments.length > 0);
      entry.alignments = alignments;
    },
    clear(): void {
      entries.clear();
      aligned = 0;
    },
    /** How many distinct items serve each objective, most first. */
    split(objectives: ReadonlyMap<string, ObjectiveSummary>): SummarySplit[] {
      const counts = new Map<string, number>();
      for (const { alignments } of entries.values())
        for (const objectiveId of new Set(alignments.map((alignment) => alignment.objectiveId)))
          counts.set(objectiveId, (counts.get(objectiveId) ?? 0) + 1);
      const split = [...counts].flatMap(([objectiveId, count]) => {
        const objective = objectives.get(objectiveId);
        return objective
          ? [{ objectiveId, code: objective.code, title: objective.title, color: objective.themeColor, count }]
          : [];
      });
      split.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
      return split;
    },
  };
}

export type SummaryTally = ReturnType<typeof createSummaryTally>;
