import { formatPercent, objectiveRatio } from '../../lib/format/values';
import { t } from '../../lib/i18n/catalogue';
import { tPlural } from '../../lib/i18n/plural';
import type { TargetProgress } from '../../lib/model/annotation';

/**
 * An objective's overall progress: the mean of its targets' progress, with
 * how many targets are stale. The bar only repeats the words, for the eye.
 */
export function ObjectiveProgress({ targets }: { targets: readonly TargetProgress[] }) {
  if (targets.length === 0)
    return <span class="objective-progress muted">{t('objectiveProgress_noBenefitTargets')}</span>;
  const ratio = objectiveRatio(targets);
  const stale = targets.filter((target) => target.stale).length;
  return (
    <span class="objective-progress">
      <span class="catalogue-sr-only">{t('objectiveProgress_progress')} </span>
      {ratio === null ? (
        <span class="muted">{t('objectiveProgress_noCheckInsYet')}</span>
      ) : (
        <>
          <span class="bar" aria-hidden="true">
            <span style={{ width: `${Math.round(ratio * 100)}%` }} />
          </span>
          <span class="objective-progress-value">{formatPercent(ratio)}</span>
        </>
      )}
      {stale > 0 && ratio !== null && <span class="stale">{tPlural('objectiveProgress_stale', stale)}</span>}
    </span>
  );
}
