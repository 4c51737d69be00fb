import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';
import { parseItemId } from '../model/item-id';

interface Filtered {
  id: string;
  title?: string;
}

/**
 * Whether a page item matches what was typed in the popup's filter: every
 * word appears, ignoring case, in its key, its title, or the code or title
 * of an objective it serves ("pay checkout", "grow-2").
 */
export function matchesItemFilter(
  item: Filtered,
  alignments: readonly ItemAlignment[],
  objectives: Readonly<Record<string, ObjectiveSummary>>,
  query: string,
): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const served = alignments.flatMap((alignment) => {
    const objective = objectives[alignment.objectiveId];
    return objective ? [objective.code, objective.title] : [];
  });
  const text = [parseItemId(item.id)?.key ?? item.id, item.title ?? '', ...served].join('\n').toLowerCase();
  return words.every((word) => text.includes(word));
}
