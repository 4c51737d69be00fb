import { targetProgress } from '../alignment/target-progress';
import type { TargetProgress } from '../model/annotation';
import type { BenefitTarget } from '../model/benefit-target';
import type { Measurement } from '../model/measurement';
import type { Objective } from '../model/objective';
import { groupBy } from './group-by';

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Every objective's benefit targets and where they stand, from the whole
 * lists in one pass: check-ins are grouped by target first, so a catalogue
 * of thousands of targets is not scanned once per target. `objectives`
 * give the pace lines their start (each objective's period), as the
 * background's annotations do, so page and workspace agree.
 */
export function progressByObjective(
  targets: readonly BenefitTarget[],
  measurements: readonly Measurement[],
  now: Date,
  staleAfterDays: number,
  objectives: readonly Pick<Objective, 'id' | 'period'>[] = [],
): Map<string, TargetProgress[]> {
  const checkIns = groupBy(measurements, (measurement) => measurement.targetId);
  const periodStart = new Map(objectives.map((objective) => [objective.id, objective.period?.start]));
  const sorted = [...targets].sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const result = new Map<string, TargetProgress[]>();
  for (const target of sorted) {
    const progress = targetProgress(
      target,
      checkIns.get(target.id) ?? [],
      now,
      staleAfterDays,
      periodStart.get(target.objectiveId),
    );
    const list = result.get(target.objectiveId);
    if (list) list.push(progress);
    else result.set(target.objectiveId, [progress]);
  }
  return result;
}
