import type { TargetProgress } from '../model/annotation';
import type { BenefitTarget } from '../model/benefit-target';
import type { Measurement } from '../model/measurement';
import { latestMeasurement } from './latest';
import { benefitProgress } from './progress';
import { checkInAgeDays, isStale } from './staleness';

/**
 * Where a target stands given its check-ins. Check-ins of other targets are
 * ignored so callers may pass a shared list. A target never checked in is
 * stale: nobody knows how it is doing.
 */
export function targetProgress(
  target: BenefitTarget,
  measurements: readonly Measurement[],
  now: Date,
  staleAfterDays: number,
): TargetProgress {
  const latest = latestMeasurement(measurements.filter((measurement) => measurement.targetId === target.id));
  const { ratio, position } = benefitProgress(target, latest?.value ?? null);
  const ageDays = latest ? checkInAgeDays(latest.at, now) : null;
  return {
    id: target.id,
    name: target.name,
    ...(target.unit !== undefined && { unit: target.unit }),
    direction: target.direction,
    baseline: target.baseline,
    target: target.target,
    ...(target.dueDate !== undefined && { dueDate: target.dueDate }),
    latest: latest ? { value: latest.value, at: latest.at } : null,
    ratio,
    position,
    ageDays,
    stale: ageDays === null || isStale(ageDays, staleAfterDays),
  };
}
