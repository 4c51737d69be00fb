import type { BenefitDirection } from '../model/benefit-target';

/**
 * The share of the way from baseline to target that a straight line from
 * `start` (baseline) to `due` (target) expects on `at`, 0..1; `null` when
 * there is no such line (no start, no due date, or a due date not after
 * the start). A band (keep-within) has no pace: it is in or out.
 */
export function expectedShare(
  direction: BenefitDirection,
  start: string | undefined,
  due: string | undefined,
  at: string,
): number | null {
  if (direction === 'keep-within' || start === undefined || due === undefined) return null;
  const from = Date.parse(start);
  const to = Date.parse(due);
  const when = Date.parse(at);
  if (!(to > from) || Number.isNaN(when)) return null;
  return Math.min(1, Math.max(0, (when - from) / (to - from)));
}

/**
 * Behind pace when the share reached is short of the share expected by more
 * than rounding: both are shown as whole percents, and "45% to target, 45%
 * expected" must not read as behind.
 */
export function isBehindPace(ratio: number | null, expected: number | null): boolean {
  if (ratio === null || expected === null) return false;
  return Math.round(ratio * 100) < Math.round(expected * 100);
}
