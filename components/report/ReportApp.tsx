import { useEffect, useMemo, useState } from 'preact/hooks';
import { localIsoDate } from '../../lib/catalogue/form-values';
import { summaryTargets } from '../../lib/dashboard/work-summary';
import { pageDatabase as db } from '../../lib/db/page-database';
import { readHistory } from '../../lib/db/snapshots';
import { inPeriod } from '../../lib/history/trends';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import { catalogueWarnings } from '../../lib/outcomes/catalogue-warnings';
import { parseReportChoice, type ReportChoice, reportSearch } from '../../lib/report/report-period';
import {
  atRiskTable,
  headlineTable,
  historyTable,
  unalignedTable,
  warningsTable,
} from '../../lib/report/report-tables';
import { useRefreshing } from '../../lib/workspace/use-refreshing';
import { useDashboardData } from '../dashboard/use-dashboard-data';
import { TrendsPanel } from '../history/TrendsPanel';
import { downloadCsv, ReportTableView } from './ReportTableView';
import '../dashboard/dashboard.css';
import './report.css';

/** Chart width that fits an A4 or Letter page in portrait with the browser's default margins. */
const PRINT_WIDTH = 640;
const HISTORY_TABLES = ['snapshots'];

const prepared = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

/**
 * The steering report: one period and theme, its headline figures and how
 * they changed, trends, objectives at risk, outcome warnings and where
 * unaligned work piles up, printable (or saved as PDF by the browser) and
 * each table as a CSV file. Figures come from the daily snapshots; today's
 * is taken as the report opens, so "now" is now.
 */
export function ReportApp() {
  const [choice, setChoice] = useState<ReportChoice>(() => parseReportChoice(location.search, new Date()));
  const data = useDashboardData();
  // Read again when a snapshot is stored, not through a live query, which copies its megabytes.
  const history = useRefreshing(db, HISTORY_TABLES, () => readHistory(db));
  const [snapshotError, setSnapshotError] = useState<string | null>(null);

  useEffect(() => {
    void send({ type: 'takeSnapshot' }).then((reply) => setSnapshotError(reply.ok ? null : reply.error));
  }, []);
  useEffect(() => {
    const search = reportSearch(choice);
    if (location.search !== search) window.history.replaceState(null, '', search);
  }, [choice]);

  const report = useMemo(() => {
    if (!data?.ok || !history) return null;
    const summary = data.data;
    const allTargets = summaryTargets(summary);
    const theme = summary.themes.find((candidate) => candidate.id === choice.themeId) ?? null;
    const objectives = theme
      ? summary.objectives.filter((objective) => objective.themeId === theme.id)
      : summary.objectives;
    const objectiveIds = new Set(objectives.map((objective) => objective.id));
    const targets = allTargets.filter((target) => objectiveIds.has(target.objectiveId));
    const progress = new Map(Object.entries(summary.progress));
    const warnings = catalogueWarnings(objectives, progress, new Set(summary.withWork));
    const period = inPeriod(history, choice.from, choice.to);
    const themes = new Map(summary.themes.map((candidate) => [candidate.id, candidate]));
    return {
      summary,
      targets: allTargets,
      theme,
      period,
      headline: headlineTable(history, period[0], period.at(-1), theme, targets),
      atRisk: atRiskTable(objectives, themes, progress, warnings),
      warnings: warningsTable(objectives, warnings),
      unaligned: unalignedTable(summary.largestUnaligned),
      history: () =>
        historyTable(period, new Map(summary.objectives.map((objective) => [objective.id, objective])), themes),
    };
  }, [data, history, choice]);

  useEffect(() => {
    if (report) performance.mark('throughline:report-rendered');
  }, [report]);

  const set = (change: Partial<ReportChoice>) => setChoice((current) => ({ ...current, ...change }));
  const stem = `throughline-${choice.from}-to-${choice.to}${report?.theme ? `-${report.theme.id}` : ''}`;

  return (
    <>
      <header class="report-controls no-print">
        <nav aria-label={t('reportApp_throughline')}>
          <a href="dashboard.html">{t('reportApp_dashboard')}</a>
          <a href="options.html">{t('reportApp_workspace')}</a>
        </nav>
        <form
          class="report-choice"
          onSubmit={(event) => event.preventDefault()}
          aria-label={t('reportApp_reportPeriodAndTheme')}
        >
          <label>
            {t('reportApp_from')}
            <input
              type="date"
              value={choice.from}
              max={choice.to}
              required
              onChange={(event) => event.currentTarget.value && set({ from: event.currentTarget.value })}
            />
          </label>
          <label>
            {t('reportApp_to')}
            <input
              type="date"
              value={choice.to}
              min={choice.from}
              required
              onChange={(event) => event.currentTarget.value && set({ to: event.currentTarget.value })}
            />
          </label>
          <label>
            {t('reportApp_theme2')}
            <select
              value={choice.themeId ?? ''}
              onChange={(event) => set({ themeId: event.currentTarget.value || null })}
            >
              <option value="">{t('reportApp_allThemes')}</option>
              {data?.ok &&
                data.data.themes.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.name}
                  </option>
                ))}
            </select>
          </label>
          <button type="button" class="primary" onClick={() => window.print()}>
            {t('reportApp_printSaveAsPdf')}
          </button>
          {report && (
            <button type="button" onClick={() => downloadCsv(`${stem}-history.csv`, report.history())}>
              {t('reportApp_downloadTheSnapshotHistoryCsv')}
            </button>
          )}
        </form>
      </header>
      <main class="report">
        <header class="report-title">
          <h1>{t('reportApp_steeringReport')}</h1>
          <p>
            {t(
              'reportApp_toPrepared',
              choice.from,
              choice.to,
              report?.theme ? t('reportApp_theme', report.theme.name) : t('reportApp_allThemes'),
              prepared.format(new Date()),
            )}
          </p>
        </header>
        {snapshotError && (
          <p class="problem-alert" role="alert">
            {t('reportApp_todaySSnapshotCouldNot', snapshotError)}
          </p>
        )}
        {data && !data.ok && (
          <p class="problem-alert" role="alert">
            {t('reportApp_couldNotWorkOutThe', data.error)}
          </p>
        )}
        {!report ? (
          data?.ok !== false && <p role="status">{t('reportApp_readingTheStrategyTheWork')}</p>
        ) : (
          <>
            {report.period.length === 0 && (
              <p class="empty">{t('reportApp_noSnapshotFallsInThis', localIsoDate(new Date()))}</p>
            )}
            <ReportTableView
              id="headline"
              title={t('reportApp_headlineFigures')}
              table={report.headline}
              fileName={`${stem}-headline.csv`}
              empty={t('reportApp_noFigures')}
              hint={t('reportApp_atThePeriodSFirst')}
            />
            <TrendsPanel
              history={report.period}
              themes={report.summary.themes}
              objectives={report.summary.objectives}
              targets={report.targets}
              width={PRINT_WIDTH}
              themeId={report.theme?.id}
            />
            <ReportTableView
              id="at-risk"
              title={t('reportApp_objectivesAtRisk')}
              table={report.atRisk}
              fileName={`${stem}-objectives-at-risk.csv`}
              empty={t('reportApp_noObjectiveIsMarkedAt')}
            />
            <ReportTableView
              id="warnings"
              title={t('reportApp_outcomeWarnings')}
              table={report.warnings}
              fileName={`${stem}-outcome-warnings.csv`}
              empty={t('reportApp_noOutcomeWarnings')}
            />
            <ReportTableView
              id="unaligned"
              title={t('reportApp_largestUnalignedWorkByTracker')}
              table={report.unaligned}
              fileName={`${stem}-unaligned-work.csv`}
              empty={t('reportApp_allSeenWorkServesAn')}
              hint={t('reportApp_seenWorkItemsThatServe')}
            />
          </>
        )}
      </main>
    </>
  );
}
