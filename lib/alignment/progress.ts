import type { TargetProgress } from '../model/annotation';
import type { BenefitTarget } from '../model/benefit-target';

export type ProgressPosition = TargetProgress['position'];

export interface BenefitProgress {
  ratio: number | null;
  position: ProgressPosition;
}

/**
 * How far a value has come from the baseline toward the target, as 0..1.
 * For `keep-within` there is no "how far": the value is in the band (1) or
 * out of it (0), and the position says on which side.
 */
export function benefitProgress(
  { direction, baseline, target }: Pick<BenefitTarget, 'direction' | 'baseline' | 'target'>,
  value: number | null,
): BenefitProgress {
  if (value === null) return { ratio: null, position: null };
  if (direction === 'keep-within') {
    if (value < baseline) return { ratio: 0, position: 'below-band' };
    if (value > target) return { ratio: 0, position: 'above-band' };
    return { ratio: 1, position: 'within' };
  }
  // Both are measured in the direction of travel, so a decrease reads like an increase.
  const gained = direction === 'increase' ? value - baseline : baseline - value;
  const span = direction === 'increase' ? target - baseline : baseline - target;
  if (gained > span) return { ratio: 1, position: 'past-target' };
  if (gained < 0) return { ratio: 0, position: 'behind-baseline' };
  // A span of 0 is refused by the schema; reaching such a target still must not divide by zero.
  return { ratio: span === 0 ? 1 : gained / span, position: null };
}
