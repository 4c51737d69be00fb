import { useCallback, useMemo, useState } from 'preact/hooks';
import { formatChartValue } from '../../lib/catalogue/chart-value';
import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import { formatPercent } from '../../lib/format/values';
import { describeShareTrend, describeTargetTrend } from '../../lib/history/describe-trend';
import { alignmentTrend, type TrendTarget, targetTrend, themeTrend } from '../../lib/history/trends';
import { t } from '../../lib/i18n/catalogue';
import { tPlural } from '../../lib/i18n/plural';
import type { Objective } from '../../lib/model/objective';
import type { Snapshot } from '../../lib/model/snapshot';
import type { Theme } from '../../lib/model/theme';
import { TrendChart } from './TrendChart';

const CONFIDENCE = ['confidence'];
const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

interface Props {
  history: readonly Snapshot[];
  themes: readonly Theme[];
  objectives: readonly Objective[];
  targets: readonly TrendTarget[];
  /** A fixed chart width for print; charts follow their box otherwise. */
  width?: number;
  /** Only this theme's line and targets (the steering report for one theme). */
  themeId?: string;
  /** Which target's chart shows first. */
  initialTargetId?: string;
}

/** Alignment over time (overall, per tracker, per theme) and one benefit target against its pace, from the snapshots. */
export function TrendsPanel({ history, themes, objectives, targets, width, themeId, initialTargetId }: Props) {
  const alignment = useMemo(() => alignmentTrend(history, TRACKER_LABELS), [history]);
  const shown = useMemo(() => (themeId ? themes.filter((theme) => theme.id === themeId) : themes), [themes, themeId]);
  const byTheme = useMemo(() => themeTrend(history, shown), [history, shown]);
  const objectiveOf = useMemo(() => new Map(objectives.map((objective) => [objective.id, objective])), [objectives]);
  const choices = useMemo(
    () =>
      targets
        .flatMap((target) => {
          const objective = objectiveOf.get(target.objectiveId);
          return objective && (!themeId || objective.themeId === themeId) ? [{ target, objective }] : [];
        })
        .sort(
          (a, b) => byCode.compare(a.objective.code, b.objective.code) || byCode.compare(a.target.name, b.target.name),
        ),
    [targets, objectiveOf, themeId],
  );
  const [chosenId, setChosenId] = useState(initialTargetId);
  const chosen = choices.find((choice) => choice.target.id === chosenId) ?? choices[0];
  const unit = chosen?.target.unit;
  const formatTarget = useCallback((value: number) => formatChartValue(value, unit), [unit]);
  const targetData = useMemo(
    () => chosen && targetTrend(history, chosen.target, chosen.objective.period?.start),
    [history, chosen],
  );
  return (
    <section id="trends" class="dash-panel trends" aria-labelledby="trends-heading">
      <h2 id="trends-heading">{t('trendsPanel_trends')}</h2>
      <p class="hint">{tPlural('trendsPanel_fromTheDailySnapshots', history.length)}</p>
      <div class="trend-grid">
        <TrendChart
          title={t('trendsPanel_shareOfSeenWorkAligned')}
          trend={alignment}
          format={formatPercent}
          description={describeShareTrend(t('trendsPanel_shareOfSeenWorkAligned2'), alignment)}
          width={width}
        />
        <TrendChart
          title={t('trendsPanel_shareOfSeenWorkBy')}
          trend={byTheme}
          format={formatPercent}
          description={describeShareTrend(t('trendsPanel_shareOfSeenWorkServing'), byTheme)}
          width={width}
        />
        {chosen && targetData && (
          <div class="target-trend">
            <div class="work-filter no-print">
              <label for="trend-target">{t('trendsPanel_benefitTarget')}</label>
              <select
                id="trend-target"
                value={chosen.target.id}
                onChange={(event) => setChosenId(event.currentTarget.value)}
              >
                {choices.map(({ target, objective }) => (
                  <option key={target.id} value={target.id}>
                    {objective.code} · {target.name}
                  </option>
                ))}
              </select>
            </div>
            <TrendChart
              title={t('trendsPanel_againstItsPace', chosen.objective.code, chosen.target.name)}
              trend={targetData}
              format={formatTarget}
              shareLines={CONFIDENCE}
              description={describeTargetTrend(chosen.target.name, targetData, formatTarget)}
              width={width}
            />
          </div>
        )}
      </div>
    </section>
  );
}
