import type { TargetProgress } from '../model/annotation';
import type { Link } from '../model/link';
import type { Objective } from '../model/objective';
import type { Rule } from '../model/rule';
import { type OutcomeWarning, outcomeWarnings } from './outcome-warnings';

/**
 * Objectives that work serves: a link, or an enabled rule (a rule decides
 * which work serves it even before anyone has browsed that work). The same
 * test the dashboard's "Objectives with no work" uses.
 */
export function servedObjectives(
  links: readonly Pick<Link, 'objectiveId'>[],
  rules: readonly Pick<Rule, 'objectiveId' | 'enabled'>[],
): Set<string> {
  const served = new Set(links.map((link) => link.objectiveId));
  for (const rule of rules) if (rule.enabled) served.add(rule.objectiveId);
  return served;
}

/** Every objective's outcome warnings, by objective id; objectives with none are left out. */
export function catalogueWarnings(
  objectives: readonly Objective[],
  progress: ReadonlyMap<string, readonly TargetProgress[]>,
  served: ReadonlySet<string>,
): Map<string, OutcomeWarning[]> {
  const result = new Map<string, OutcomeWarning[]>();
  for (const objective of objectives) {
    const warnings = outcomeWarnings(
      { ...objective, targets: progress.get(objective.id) ?? [] },
      served.has(objective.id),
    );
    if (warnings.length > 0) result.set(objective.id, warnings);
  }
  return result;
}
