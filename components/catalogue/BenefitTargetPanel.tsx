import { chronological } from '../../lib/catalogue/chart-series';
import { formatChartValue } from '../../lib/catalogue/chart-value';
import { DIRECTION_LABELS, KIND_LABELS } from '../../lib/catalogue/labels';
import { describeProgress } from '../../lib/format/objective-wording';
import { formatAge } from '../../lib/format/values';
import type { Reply } from '../../lib/messages/protocol';
import type { TargetProgress } from '../../lib/model/annotation';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import type { Measurement } from '../../lib/model/measurement';
import { ProgressBar } from '../overlay/ProgressBar';
import { CheckInChart } from './CheckInChart';
import { CheckInForm } from './CheckInForm';
import { CheckInHistory } from './CheckInHistory';
import './BenefitTargetPanel.css';

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
      ? `between ${value(target.baseline)} and ${value(target.target)}`
      : `from ${value(target.baseline)} to ${value(target.target)}`;
  return (
    <section class="target-panel" aria-labelledby={headingId}>
      <div class="section-head">
        <h4 id={headingId} tabIndex={-1}>
          {target.name}
        </h4>
        <div class="row-actions">
          <button type="button" aria-label={`Edit ${target.name}`} onClick={onEdit}>
            Edit
          </button>
          <button type="button" aria-label={`Delete ${target.name}`} onClick={onDelete}>
            Delete
          </button>
        </div>
      </div>
      <p class="target-facts">
        {[
          KIND_LABELS[target.kind],
          `${DIRECTION_LABELS[target.direction]} ${aim}`,
          target.dueDate && `due ${target.dueDate}`,
          target.owner && `owner ${target.owner}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="target-progress">
        <ProgressBar target={progress} />
        <p>
          {describeProgress(progress)}
          {progress.ageDays !== null && ` · checked in ${formatAge(progress.ageDays)}`}
          {progress.stale && progress.latest && (
            <strong class="stale"> · Stale: no check-in for more than {staleAfterDays} days</strong>
          )}
        </p>
      </div>
      <h5>Check-ins</h5>
      {ordered.length === 0 ? (
        <p class="empty-state">No check-ins yet. Record the first one below to start the chart.</p>
      ) : (
        <CheckInChart target={target} checkIns={ordered} />
      )}
      <CheckInForm target={target} notify={notify} />
      {ordered.length > 0 && <CheckInHistory target={target} newestFirst={[...ordered].reverse()} notify={notify} />}
    </section>
  );
}
