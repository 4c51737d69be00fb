import type { Link } from '../model/link';
import type { Objective } from '../model/objective';
import type { Theme } from '../model/theme';
import { groupByTheme, type ThemeGroup } from './group-by-theme';
import { isInPlay } from './in-play';

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Objectives in play that nothing serves: no item is linked to them, and no
 * seen work serves them by a rule or by inheritance (a rule that matches
 * nothing serves nothing). Grouped by theme, by code within a theme.
 */
export function objectivesWithoutWork(
  objectives: readonly Objective[],
  themes: readonly Theme[],
  links: readonly Pick<Link, 'objectiveId'>[],
  servedBySeenWork: ReadonlySet<string>,
): ThemeGroup<Objective>[] {
  const served = new Set(servedBySeenWork);
  for (const link of links) served.add(link.objectiveId);
  const idle = objectives
    .filter((objective) => isInPlay(objective) && !served.has(objective.id))
    .sort((a, b) => byCode.compare(a.code, b.code));
  return groupByTheme(idle, themes, false);
}
