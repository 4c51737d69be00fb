import type { Link } from '../model/link';
import type { Objective } from '../model/objective';
import type { Rule } from '../model/rule';
import type { Theme } from '../model/theme';
import { groupByTheme, type ThemeGroup } from './group-by-theme';
import { isInPlay } from './in-play';

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Objectives in play that nothing serves: no item is linked to them and no
 * enabled rule covers work for them (a rule counts even before anyone has
 * browsed the work it covers: someone decided which work that is). Grouped
 * by theme, by code within a theme.
 */
export function objectivesWithoutWork(
  objectives: readonly Objective[],
  themes: readonly Theme[],
  links: readonly Pick<Link, 'objectiveId'>[],
  rules: readonly Pick<Rule, 'objectiveId' | 'enabled'>[],
): ThemeGroup<Objective>[] {
  const served = new Set(links.map((link) => link.objectiveId));
  for (const rule of rules) if (rule.enabled) served.add(rule.objectiveId);
  const idle = objectives
    .filter((objective) => isInPlay(objective) && !served.has(objective.id))
    .sort((a, b) => byCode.compare(a.code, b.code));
  return groupByTheme(idle, themes, false);
}
