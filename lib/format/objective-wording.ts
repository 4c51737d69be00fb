import { t } from '../i18n/catalogue';
import type { TargetProgress } from '../model/annotation';
import { formatPercent, formatValue, objectiveRatio } from './values';

/**
 * The one wording of "how far along" that chips, hover cards, the popup,
 * the workspace and the steering report all use, so a number never appears
 * without saying what it is. Free of Zod and of components: the overlay's
 * content script bundles it.
 */

/** "45% to target": how far a share of the way is, in words. */
export function toTarget(ratio: number): string {
  return t('objectiveWording_toTarget', formatPercent(ratio));
}

/** One target: "62% to target", "within the band", "target reached", "no check-in yet"… */
export function targetPhrase(target: Pick<TargetProgress, 'latest' | 'ratio' | 'position'>): string {
  if (target.latest === null || target.ratio === null) return t('objectiveWording_noCheckInYet');
  switch (target.position) {
    case 'within':
      return t('objectiveWording_withinTheBand');
    case 'below-band':
      return t('objectiveWording_belowTheBand');
    case 'above-band':
      return t('objectiveWording_aboveTheBand');
    case 'past-target':
      return t('objectiveWording_targetReached');
    case 'behind-baseline':
      return t('objectiveWording_behindTheBaseline');
    default:
      return toTarget(target.ratio);
  }
}

/**
 * An objective as a whole: its one target's phrase, or the mean share of its
 * checked-in targets, "45% to target"; `null` with no benefit target at all
 * (that is a warning, not a number).
 */
export function objectivePhrase(targets: readonly TargetProgress[]): string | null {
  if (targets.length === 0) return null;
  if (targets.length === 1) return targetPhrase(targets[0]!);
  const ratio = objectiveRatio(targets);
  return ratio === null ? t('objectiveWording_noCheckInYet') : toTarget(ratio);
}

/** Says what the mean is taken over, for accessible names and reports: "mean of 2 benefit targets". */
export function phraseBasis(targets: readonly TargetProgress[]): string | null {
  const measured = targets.filter((target) => target.ratio !== null).length;
  return measured > 1 ? t('objectiveWording_meanOfBenefitTargets', measured) : null;
}

/** Whether any target's latest check-in is older than the staleness threshold (the chip's stale marker). */
export function hasStaleCheckIn(targets: readonly TargetProgress[]): boolean {
  return targets.some((target) => target.latest !== null && target.stale);
}

/** One line on where a benefit target stands: "1.3M EUR, 62% to target". */
export function describeProgress(target: TargetProgress): string {
  const phrase = targetPhrase(target);
  return target.latest === null
    ? phrase
    : t('objectiveWording_valueAndPhrase', formatValue(target.latest.value, target.unit), phrase);
}
