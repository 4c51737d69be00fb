import { STATUS_LABELS } from '../../lib/catalogue/labels';
import { chipWording } from '../../lib/format/chip-wording';
import { readerFormat } from '../../lib/format/locale';
import { describeProgress, phraseBasis } from '../../lib/format/objective-wording';
import { formatAge, formatValue } from '../../lib/format/values';
import { warningText } from '../../lib/format/warning-text';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { ObjectiveSummary } from '../../lib/model/annotation';
import { isHttpUrl } from '../../lib/model/http-url';
import { ProgressBar } from './ProgressBar';

/** What an objective is, how its benefit targets are doing, and what needs doing about its outcomes. */
export function ObjectiveCard({ objective, reason }: { objective: ObjectiveSummary; reason?: string }) {
  const wording = chipWording(objective);
  const basis = phraseBasis(objective.targets);
  const meta = [objective.themeName, objective.owner].filter(Boolean).join(' · ');
  // A range is one phrase: it may move to the next line whole, never break inside a date.
  const period = objective.period && readerFormat.dayRange(objective.period.start, objective.period.end);
  return (
    <div>
      <h2>{wording.text}</h2>
      <p class="card-title">{objective.title}</p>
      <p class="meta">
        <span class="status" data-status={objective.status}>
          {STATUS_LABELS[objective.status]}
        </span>{' '}
        {meta}
        {period && (
          <>
            {meta && ' · '}
            <span class="period">{period}</span>
          </>
        )}
      </p>
      {reason && <p class="small reason">{reason}</p>}
      {basis && <p class="small">{t('objectiveCard_theFigureIsThe', basis)}</p>}
      {objective.targets.length === 0 ? (
        <p class="small">{t('objectiveCard_noBenefitTargetsYet')}</p>
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
                {target.ageDays !== null && t('objectiveCard_checkedIn', formatAge(target.ageDays))}
                {target.stale && target.latest !== null && <span class="stale"> {t('objectiveCard_stale')}</span>}
              </div>
            </li>
          ))}
        </ul>
      )}
      {wording.warnings.length > 0 && (
        <ul class="warnings" aria-label={t('objectiveCard_outcomeWarnings')}>
          {wording.warnings.map((warning) => {
            const text = warningText(warning, objective.code);
            return (
              <li key={`${warning.kind}-${text.arg}`} data-warning={warning.kind}>
                {text.text}{' '}
                <button
                  type="button"
                  onClick={() => void send({ type: 'openWorkspace', section: text.section, arg: text.arg })}
                >
                  {text.action}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {objective.url && isHttpUrl(objective.url) && (
        <a href={objective.url} target="_blank" rel="noopener noreferrer">
          {t('objectiveCard_strategyDocument')}
        </a>
      )}
    </div>
  );
}
