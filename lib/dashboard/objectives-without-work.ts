import type { Objective } from '../model/objective';
import type { Theme } from '../model/theme';
import { groupByTheme, type ThemeGroup } from './group-by-theme';
import { isInPlay } from './in-play';

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Objectives in play that have no work (`withWork` is `objectivesWithWork`:
 * no explicit link, and no seen work resolves to them; a rule that matches
 * nothing serves nothing). Grouped by theme, by code within a theme.
 */
export function objectivesWithoutWork(
  objectives: readonly Objective[],
  themes: readonly Theme[],
  withWork: ReadonlySet<string>,
): ThemeGroup<Objective>[] {
  const idle = objectives
    .filter((objective) => isInPlay(objective) && !withWork.has(objective.id))
    .sort((a, b) => byCode.compare(a.code, b.code));
  return groupByTheme(idle, themes, false);
}
