import { useState } from 'preact/hooks';
import { formatCount } from '../../lib/dashboard/format-count';
import { WARNING_KIND_LABELS } from '../../lib/format/warning-text';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import type { Objective } from '../../lib/model/objective';
import {
  OUTCOME_WARNING_KINDS,
  type OutcomeWarning,
  type OutcomeWarningKind,
} from '../../lib/outcomes/outcome-warnings';
import { WarningList } from '../outcomes/WarningList';

/** Objectives listed at first and added by each "Show more". */
const PAGE = 25;

interface Props {
  /** By objective id, objectives with none left out. */
  warnings: ReadonlyMap<string, readonly OutcomeWarning[]>;
  objectives: readonly Objective[];
  hrefOf(section: string, arg?: string): string;
}

/** What needs a person about outcomes, by objective, each warning with the way to act on it; filterable by kind. */
export function OutcomeWarningsPanel({ warnings, objectives, hrefOf }: Props) {
  const [kind, setKind] = useState<OutcomeWarningKind | 'all'>('all');
  const [limit, setLimit] = useState(PAGE);
  const byId = new Map(objectives.map((objective) => [objective.id, objective]));
  const all = [...warnings.values()].flat();
  const counts = Object.fromEntries(
    OUTCOME_WARNING_KINDS.map((k) => [k, all.filter((warning) => warning.kind === k).length]),
  ) as Record<OutcomeWarningKind, number>;
  const listed = [...warnings]
    .map(([objectiveId, its]) => ({
      objective: byId.get(objectiveId),
      its: its.filter((warning) => kind === 'all' || warning.kind === kind),
    }))
    .filter((entry) => entry.objective && entry.its.length > 0)
    .sort((a, b) => a.objective!.code.localeCompare(b.objective!.code, 'en', { numeric: true }));
  return (
    <section id="outcome-warnings" class="dash-panel" aria-labelledby="warnings-heading">
      <h2 id="warnings-heading">
        {messageParts('outcomeWarningsPanel_outcomeWarnings', <span class="count">({formatCount(all.length)})</span>)}
      </h2>
      <p class="hint">{t('outcomeWarningsPanel_objectivesInPlayWhoseBenefits')}</p>
      {all.length === 0 ? (
        <p class="empty">{t('outcomeWarningsPanel_noOutcomeWarningsEveryObjective')}</p>
      ) : (
        <>
          <div class="work-filter">
            <label for="warning-kind">{t('outcomeWarningsPanel_show')}</label>
            <select
              id="warning-kind"
              value={kind}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setKind(
                  (OUTCOME_WARNING_KINDS as readonly string[]).includes(value) ? (value as OutcomeWarningKind) : 'all',
                );
                setLimit(PAGE);
              }}
            >
              <option value="all">{t('outcomeWarningsPanel_everyKind', formatCount(all.length))}</option>
              {OUTCOME_WARNING_KINDS.map((k) => (
                <option key={k} value={k}>
                  {WARNING_KIND_LABELS[k]} ({formatCount(counts[k])})
                </option>
              ))}
            </select>
          </div>
          {listed.length === 0 && <p class="empty">{t('outcomeWarningsPanel_noneOfThisKind')}</p>}
          <ul class="warned-objectives">
            {listed.slice(0, limit).map(({ objective, its }) => (
              <li key={objective!.id} data-objective={objective!.code}>
                <a class="objective-name" href={hrefOf('objective', objective!.id)}>
                  <span class="objective-code">{objective!.code}</span> {objective!.title}
                </a>
                <WarningList warnings={its.map((warning) => ({ warning, code: objective!.code }))} hrefOf={hrefOf} />
              </li>
            ))}
          </ul>
          {listed.length > limit && (
            <button type="button" onClick={() => setLimit(limit + PAGE)}>
              {t('outcomeWarningsPanel_showMoreObjectives', formatCount(Math.min(PAGE, listed.length - limit)))}
            </button>
          )}
        </>
      )}
    </section>
  );
}
