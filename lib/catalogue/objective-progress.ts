import { targetProgress } from '../alignment/target-progress';
import type { TargetProgress } from '../model/annotation';
import type { BenefitTarget } from '../model/benefit-target';
import type { Measurement } from '../model/measurement';
import { groupBy } from './group-by';

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Every objective's benefit targets and where they stand, from the whole
 * lists in one pass: check-ins are grouped by target first, so a catalogue
 * of thousands of targets is not scanned once per target.
 */
export function progressByObjective(
  targets: readonly BenefitTarget[],
  measurements: readonly Measurement[],
  now: Date,
  staleAfterDays: number,
): Map<string, TargetProgress[]> {
  const checkIns = groupBy(measurements, (measurement) => measurement.targetId);
  const sorted = [...targets].sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const result = new Map<string, TargetProgress[]>();
  for (const target of sorted) {
    const progress = targetProgress(target, checkIns.get(target.id) ?? [], now, staleAfterDays);
    const list = result.get(target.objectiveId);
    if (list) list.push(progress);
    else result.set(target.objectiveId, [progress]);
  }
  return result;
}
