import { chronological } from '../../lib/catalogue/chart-series';
import { formatChartValue } from '../../lib/catalogue/chart-value';
import { DIRECTION_LABELS, KIND_LABELS } from '../../lib/catalogue/labels';
import { describeProgress } from '../../lib/format/objective-wording';
import { formatAge } from '../../lib/format/values';
import { t } from '../../lib/i18n/catalogue';
import type { Reply } from '../../lib/messages/protocol';
import type { TargetProgress } from '../../lib/model/annotation';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import type { Measurement } from '../../lib/model/measurement';
import { ProgressBar } from '../overlay/ProgressBar';
import { CheckInChart } from './CheckInChart';
import { CheckInForm } from './CheckInForm';
import { CheckInHistory } from './CheckInHistory';
import './BenefitTargetPanel.css';
import { readerFormat } from '../../lib/format/locale';

interface Props {
  target: BenefitTarget;
  progress: TargetProgress;
  checkIns: readonly Measurement[];
  staleAfterDays: number;
  onEdit(): void;
  onDelete(): void;
  notify(message: string, undo?: () => Promise<Reply<unknown>>): void;
}

/** One benefit target: what it aims at, where it stands, and its check-ins (record, chart, history). */
export function BenefitTargetPanel({ target, progress, checkIns, staleAfterDays, onEdit, onDelete, notify }: Props) {
  const headingId = `target-${target.id}`;
  const ordered = chronological(checkIns);
  const value = (number: number) => formatChartValue(number, target.unit);
  const aim =
    target.direction === 'keep-within'
      ? t('benefitTargetPanel_betweenAnd', value(target.baseline), value(target.target))
      : t('benefitTargetPanel_fromTo', value(target.baseline), value(target.target));
  return (
    <section class="target-panel" aria-labelledby={headingId}>
      <div class="section-head">
        <h4 id={headingId} tabIndex={-1}>
          {target.name}
        </h4>
        <div class="row-actions">
          <button type="button" aria-label={t('benefitTargetPanel_edit', target.name)} onClick={onEdit}>
            {t('benefitTargetPanel_edit2')}
          </button>
          <button
            type="button"
            class="quiet destructive"
            aria-label={t('benefitTargetPanel_delete', target.name)}
            onClick={onDelete}
          >
            {t('benefitTargetPanel_delete2')}
          </button>
        </div>
      </div>
      <p class="target-facts">
        {[
          KIND_LABELS[target.kind],
          t('benefitTargetPanel_directionAim', DIRECTION_LABELS[target.direction], aim),
          target.dueDate && t('benefitTargetPanel_due', readerFormat.day(target.dueDate)),
          target.owner && t('benefitTargetPanel_owner', target.owner),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="target-progress">
        <ProgressBar target={progress} />
        <p>
          {describeProgress(progress)}
          {progress.ageDays !== null && t('benefitTargetPanel_checkedIn', formatAge(progress.ageDays))}
          {progress.stale && progress.latest && (
            <strong class="stale"> {t('benefitTargetPanel_staleNoCheckInFor', staleAfterDays)}</strong>
          )}
        </p>
      </div>
      <h5>{t('benefitTargetPanel_checkIns')}</h5>
      {ordered.length === 0 ? (
        <p class="empty-state">{t('benefitTargetPanel_noCheckInsYetRecord')}</p>
      ) : (
        <CheckInChart target={target} checkIns={ordered} />
      )}
      <CheckInForm target={target} notify={notify} />
      {ordered.length > 0 && <CheckInHistory target={target} newestFirst={[...ordered].reverse()} notify={notify} />}
    </section>
  );
}
