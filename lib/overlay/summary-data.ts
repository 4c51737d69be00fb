import type { SummarySplit } from '../../components/overlay/SummaryBar';
import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';

/**
 * Counts over the distinct list items in view: how many are aligned, and how
 * many serve each objective (most first). Items still unanswered count as unaligned.
 */
export function summarize(
  ids: Iterable<string>,
  alignmentsOf: (id: string) => readonly ItemAlignment[] | undefined,
  objectives: ReadonlyMap<string, ObjectiveSummary>,
): { aligned: number; total: number; split: SummarySplit[] } {
  let aligned = 0;
  let total = 0;
  const counts = new Map<string, number>();
  for (const id of ids) {
    total++;
    const list = alignmentsOf(id) ?? [];
    if (list.length > 0) aligned++;
    for (const objectiveId of new Set(list.map((alignment) => alignment.objectiveId)))
      counts.set(objectiveId, (counts.get(objectiveId) ?? 0) + 1);
  }
  const split = [...counts].flatMap(([objectiveId, count]) => {
    const objective = objectives.get(objectiveId);
    return objective
      ? [{ objectiveId, code: objective.code, title: objective.title, color: objective.themeColor, count }]
      : [];
  });
  split.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return { aligned, total, split };
}
