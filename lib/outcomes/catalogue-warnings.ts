import type { TargetProgress } from '../model/annotation';
import type { Objective } from '../model/objective';
import { type OutcomeWarning, outcomeWarnings } from './outcome-warnings';

/**
 * Every objective's outcome warnings, by objective id; objectives with none
 * are left out. `withWork` is `objectivesWithWork`, the one answer to which
 * objectives have work, wherever the warnings show.
 */
export function catalogueWarnings(
  objectives: readonly Objective[],
  progress: ReadonlyMap<string, readonly TargetProgress[]>,
  withWork: ReadonlySet<string>,
): Map<string, OutcomeWarning[]> {
  const result = new Map<string, OutcomeWarning[]>();
  for (const objective of objectives) {
    const warnings = outcomeWarnings(
      { ...objective, targets: progress.get(objective.id) ?? [] },
      withWork.has(objective.id),
    );
    if (warnings.length > 0) result.set(objective.id, warnings);
  }
  return result;
}
