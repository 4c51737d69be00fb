import type { TargetProgress } from '../model/annotation';
import type { BenefitTarget } from '../model/benefit-target';
import type { Measurement } from '../model/measurement';
import { earliestMeasurement, latestMeasurement } from './latest';
import { expectedShare, isBehindPace } from './pace';
import { benefitProgress } from './progress';
import { checkInAgeDays, isStale } from './staleness';

/**
 * Where a target stands given its check-ins. Check-ins of other targets are
 * ignored so callers may pass a shared list. A target never checked in is
 * stale: nobody knows how it is doing. The pace line starts at `paceStart`
 * (the objective's period start) or, without one, at the first check-in.
 */
export function targetProgress(
  target: BenefitTarget,
  measurements: readonly Measurement[],
  now: Date,
  staleAfterDays: number,
  paceStart?: string,
): TargetProgress {
  const own = measurements.filter((measurement) => measurement.targetId === target.id);
  const latest = latestMeasurement(own);
  const { ratio, position } = benefitProgress(target, latest?.value ?? null);
  const ageDays = latest ? checkInAgeDays(latest.at, now) : null;
  const pace = latest
    ? expectedShare(target.direction, paceStart ?? earliestMeasurement(own)?.at, target.dueDate, latest.at)
    : null;
  const outOfBand = position === 'below-band' || position === 'above-band';
  return {
    id: target.id,
    name: target.name,
    ...(target.unit !== undefined && { unit: target.unit }),
    direction: target.direction,
    baseline: target.baseline,
    target: target.target,
    ...(target.dueDate !== undefined && { dueDate: target.dueDate }),
    latest: latest
      ? {
          value: latest.value,
          at: latest.at,
          ...(latest.confidence !== undefined && { confidence: latest.confidence }),
        }
      : null,
    ratio,
    position,
    ageDays,
    stale: ageDays === null || isStale(ageDays, staleAfterDays),
    pace,
    behindPace: outOfBand || isBehindPace(ratio, pace),
  };
}
