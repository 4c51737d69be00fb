import { objectiveRatio } from '../format/values';
import type { TargetProgress } from '../model/annotation';
import type { Link } from '../model/link';
import type { Objective } from '../model/objective';
import type { Theme } from '../model/theme';
import { groupByTheme } from './group-by-theme';

export interface ThemeSummary {
  theme: Theme | null;
  /** The theme's objectives that still count: not archived, not dropped. */
  objectives: number;
  /** Distinct items linked to any of them (an item linked to two counts once). */
  linkedItems: number;
  /** The mean of their progress (each objective's mean over its checked-in targets); `null` when none has a check-in. */
  meanProgress: number | null;
  /** How many objectives that mean is taken over. */
  measured: number;
}

/**
 * Each theme's share of the linked work and how its objectives' benefits are
 * doing. Archived and dropped objectives are left out: their links and
 * numbers no longer say anything about the theme. `progress` holds each
 * objective's targets (lib/catalogue/objective-progress.ts).
 */
export function themeSummaries(
  objectives: readonly Objective[],
  themes: readonly Theme[],
  links: readonly Pick<Link, 'itemId' | 'objectiveId'>[],
  progress: ReadonlyMap<string, readonly TargetProgress[]>,
): ThemeSummary[] {
  const itemsByObjective = new Map<string, string[]>();
  for (const link of links) {
    const items = itemsByObjective.get(link.objectiveId);
    if (items) items.push(link.itemId);
    else itemsByObjective.set(link.objectiveId, [link.itemId]);
  }
  const counted = objectives.filter((objective) => objective.archived !== true && objective.status !== 'dropped');
  return groupByTheme(counted, themes, true).map(({ theme, records }) => {
    const items = new Set(records.flatMap((objective) => itemsByObjective.get(objective.id) ?? []));
    const ratios = records.flatMap((objective) => {
      const ratio = objectiveRatio(progress.get(objective.id) ?? []);
      return ratio === null ? [] : [ratio];
    });
    return {
      theme,
      objectives: records.length,
      linkedItems: items.size,
      meanProgress: ratios.length === 0 ? null : ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length,
      measured: ratios.length,
    };
  });
}
