import { STATUS_LABELS } from '../../lib/catalogue/labels';
import { describeProgress, formatAge, formatValue } from '../../lib/format/values';
import type { ObjectiveSummary } from '../../lib/model/annotation';
import { isHttpUrl } from '../../lib/model/http-url';
import { ProgressBar } from './ProgressBar';

/** What an objective is and how its benefit targets are doing. */
export function ObjectiveCard({ objective, reason }: { objective: ObjectiveSummary; reason?: string }) {
  const meta = [
    objective.themeName,
    objective.owner,
    objective.period && `${objective.period.start} – ${objective.period.end}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div>
      <h2>
        {objective.code} · {objective.title}
      </h2>
      <p class="meta">
        <span class="status" data-status={objective.status}>
          {STATUS_LABELS[objective.status]}
        </span>{' '}
        {meta}
      </p>
      {reason && <p class="small reason">{reason}</p>}
      {objective.targets.length === 0 ? (
        <p class="small">No benefit targets yet.</p>
      ) : (
        <ul class="targets">
          {objective.targets.map((target) => (
            <li key={target.id}>
              <div class="target-head">
                <span>{target.name}</span>
                <span class="small">
                  {target.direction === 'keep-within'
                    ? `${formatValue(target.baseline, target.unit)}–${formatValue(target.target, target.unit)}`
                    : `→ ${formatValue(target.target, target.unit)}`}
                </span>
              </div>
              <ProgressBar target={target} />
              <div class="small">
                {describeProgress(target)}
                {target.ageDays !== null && ` · checked in ${formatAge(target.ageDays)}`}
                {target.stale && <span class="stale"> · stale</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {objective.url && isHttpUrl(objective.url) && (
        <a href={objective.url} target="_blank" rel="noopener noreferrer">
          Strategy document
        </a>
      )}
    </div>
  );
}
