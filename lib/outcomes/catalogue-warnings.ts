import type { TargetProgress } from '../model/annotation';
import type { Link } from '../model/link';
import type { Objective } from '../model/objective';
import type { Rule } from '../model/rule';
import { type OutcomeWarning, outcomeWarnings } from './outcome-warnings';

/**
 * Objectives that work serves: a link, or `alsoServed` (the dashboard and
 * the snapshots pass the objectives seen work serves by a rule or by
 * inheritance, as "Objectives with no work" counts them; the catalogue,
 * which holds no seen work, passes those of enabled rules).
 */
export function servedObjectives(
  links: readonly Pick<Link, 'objectiveId'>[],
  alsoServed: Iterable<string>,
): Set<string> {
  const served = new Set(links.map((link) => link.objectiveId));
  for (const objectiveId of alsoServed) served.add(objectiveId);
  return served;
}

/** The objectives of enabled rules. */
export function ruleObjectives(rules: readonly Pick<Rule, 'objectiveId' | 'enabled'>[]): string[] {
  return rules.filter((rule) => rule.enabled).map((rule) => rule.objectiveId);
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
