import { useEffect, useMemo, useState } from 'preact/hooks';
import { localIsoDate } from '../../lib/catalogue/form-values';
import { summaryTargets } from '../../lib/dashboard/work-summary';
import { pageDatabase as db } from '../../lib/db/page-database';
import { readHistory } from '../../lib/db/snapshots';
import { inPeriod } from '../../lib/history/trends';
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
        <nav aria-label="Throughline">
          <a href="dashboard.html">Dashboard</a>
          <a href="options.html">Workspace</a>
        </nav>
        <form class="report-choice" onSubmit={(event) => event.preventDefault()} aria-label="Report period and theme">
          <label>
            From
            <input
              type="date"
              value={choice.from}
              max={choice.to}
              required
              onChange={(event) => event.currentTarget.value && set({ from: event.currentTarget.value })}
            />
          </label>
          <label>
            To
            <input
              type="date"
              value={choice.to}
              min={choice.from}
              required
              onChange={(event) => event.currentTarget.value && set({ to: event.currentTarget.value })}
            />
          </label>
          <label>
            Theme
            <select
              value={choice.themeId ?? ''}
              onChange={(event) => set({ themeId: event.currentTarget.value || null })}
            >
              <option value="">All themes</option>
              {data?.ok &&
                data.data.themes.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.name}
                  </option>
                ))}
            </select>
          </label>
          <button type="button" class="primary" onClick={() => window.print()}>
            Print / Save as PDF
          </button>
          {report && (
            <button type="button" onClick={() => downloadCsv(`${stem}-history.csv`, report.history())}>
              Download the snapshot history (CSV)
            </button>
          )}
        </form>
      </header>
      <main class="report">
        <header class="report-title">
          <h1>Steering report</h1>
          <p>
            {choice.from} to {choice.to} · {report?.theme ? `Theme: ${report.theme.name}` : 'All themes'} · Prepared{' '}
            {prepared.format(new Date())}
          </p>
        </header>
        {snapshotError && (
          <p class="problem-alert" role="alert">
            Today's snapshot could not be taken: {snapshotError}
          </p>
        )}
        {data && !data.ok && (
          <p class="problem-alert" role="alert">
            Could not work out the report's figures: {data.error}
          </p>
        )}
        {!report ? (
          data?.ok !== false && <p role="status">Reading the strategy, the work seen and the history…</p>
        ) : (
          <>
            {report.period.length === 0 && (
              <p class="empty">
                No snapshot falls in this period: snapshots are taken on days the browser runs, from the day Throughline
                was installed (today's is {localIsoDate(new Date())}).
              </p>
            )}
            <ReportTableView
              id="headline"
              title="Headline figures"
              table={report.headline}
              fileName={`${stem}-headline.csv`}
              empty="No figures."
              hint="At the period's first snapshot and its last; shares in percentage points."
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
              title="Objectives at risk"
              table={report.atRisk}
              fileName={`${stem}-objectives-at-risk.csv`}
              empty="No objective is marked at risk or behind pace."
            />
            <ReportTableView
              id="warnings"
              title="Outcome warnings"
              table={report.warnings}
              fileName={`${stem}-outcome-warnings.csv`}
              empty="No outcome warnings."
            />
            <ReportTableView
              id="unaligned"
              title="Largest unaligned work by tracker"
              table={report.unaligned}
              fileName={`${stem}-unaligned-work.csv`}
              empty="All seen work serves an objective."
              hint="Seen work items that serve no objective, by site and (on Jira) project, as of today, across all themes."
            />
          </>
        )}
      </main>
    </>
  );
}
