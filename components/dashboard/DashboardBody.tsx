import { useEffect, useMemo, useState } from 'preact/hooks';
import { headlineFigures } from '../../lib/dashboard/headline';
import { objectivesWithoutWork } from '../../lib/dashboard/objectives-without-work';
import type { SeenWork } from '../../lib/dashboard/seen-work';
import { summaryTargets } from '../../lib/dashboard/work-summary';
import { pageDatabase as db } from '../../lib/db/page-database';
import { readHistory } from '../../lib/db/snapshots';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { send } from '../../lib/messages/client';
import { catalogueWarnings } from '../../lib/outcomes/catalogue-warnings';
import { useRefreshing } from '../../lib/workspace/use-refreshing';
import { useUndoToast } from '../catalogue/use-undo-toast';
import { TrendsPanel } from '../history/TrendsPanel';
import { HeadlineFigures } from './HeadlineFigures';
import { LinkWorkDialog } from './LinkWorkDialog';
import { NoCatalogue } from './NoCatalogue';
import { ObjectivesWithoutWork } from './ObjectivesWithoutWork';
import { OutcomeWarningsPanel } from './OutcomeWarningsPanel';
import { ThemeCoverage } from './ThemeCoverage';
import { TrackerCoverage } from './TrackerCoverage';
import { type LoadUnalignedPage, UnalignedWork } from './UnalignedWork';
import { useDashboardData } from './use-dashboard-data';
import './dashboard.css';

const HISTORY_TABLES = ['snapshots'];

const loadUnalignedPage: LoadUnalignedPage = ({ tracker, site }, page) =>
  send({ type: 'unalignedPage', tracker, site, page });

interface Props {
  /** A workspace route as an address from where the dashboard is shown (its own page, or the workspace). */
  workspaceHref(section: string, arg?: string): string;
  /** The steering report's address. */
  reportHref: string;
}

/**
 * Alignment across everything stored: headline figures, outcome warnings,
 * trends, objectives no work serves, work that serves no objective (to open
 * or link from here), and coverage per tracker and theme. Every figure is
 * computed from the same lists the sections show, so they always agree.
 */
export function DashboardBody({ workspaceHref, reportHref }: Props) {
  const data = useDashboardData();
  const toast = useUndoToast();
  const [linking, setLinking] = useState<SeenWork | null>(null);

  const views = useMemo(() => {
    if (!data?.ok) return null;
    const summary = data.data;
    const withWork = new Set(summary.withWork);
    const withoutWork = objectivesWithoutWork(summary.objectives, summary.themes, withWork);
    const warnings = catalogueWarnings(summary.objectives, new Map(Object.entries(summary.progress)), withWork);
    return {
      summary,
      withoutWork,
      warnings,
      figures: headlineFigures(summary.objectives, summary.seen, summary.aligned, withoutWork),
      warningCount: [...warnings.values()].reduce((sum, its) => sum + its.length, 0),
    };
  }, [data]);

  // For timing in tests and the benchmark, as the popup does: the first render with every figure known.
  const complete = views !== null;
  useEffect(() => {
    if (complete) performance.mark('throughline:dashboard-rendered');
  }, [complete]);
  // The history (megabytes with thousands of targets) is read once the figures show, not before them,
  // and read again only when a snapshot is stored (not through a live query, which copies its result).
  const history = useRefreshing(db, HISTORY_TABLES, async () => (complete ? readHistory(db) : undefined), [complete]);
  const targets = useMemo(() => views && summaryTargets(views.summary), [views]);
  // And once the trends are drawn too (their charts are drawn in the children's effects, which run first).
  const trendsDrawn = history !== undefined;
  useEffect(() => {
    if (!trendsDrawn) return;
    performance.mark('throughline:dashboard-trends-rendered');
    // Then today's snapshot, so the trends end with what the figures above say; after the first
    // render of both, which it would otherwise compete with.
    void send({ type: 'takeSnapshot' });
  }, [trendsDrawn]);

  if (data && !data.ok)
    return (
      <p class="problem-alert" role="alert">
        {t('dashboardBody_couldNotWorkOutThe', data.error)}
      </p>
    );
  if (!views) return <p role="status">{t('dashboardBody_readingTheStrategyAndThe')}</p>;
  const { summary } = views;
  return (
    <div class="dashboard-body">
      {summary.objectives.length === 0 && <NoCatalogue />}
      <HeadlineFigures figures={views.figures} warnings={views.warningCount} />
      <p class="report-link">
        {messageParts(
          'dashboardBody_aPrintableSummaryOfA',
          <a href={reportHref}>{t('dashboardBody_steeringReport')}</a>,
        )}
      </p>
      <OutcomeWarningsPanel warnings={views.warnings} objectives={summary.objectives} hrefOf={workspaceHref} />
      {history && targets && (
        <TrendsPanel history={history} themes={summary.themes} objectives={summary.objectives} targets={targets} />
      )}
      <div class="dashboard-columns">
        <ObjectivesWithoutWork
          groups={views.withoutWork}
          hasObjectives={summary.objectives.length > 0}
          hrefOf={workspaceHref}
        />
        <UnalignedWork
          sites={summary.unalignedSites}
          seen={summary.seen}
          loadPage={loadUnalignedPage}
          onLink={(item) => setLinking(item)}
        />
      </div>
      <TrackerCoverage rows={summary.coverage} />
      <ThemeCoverage summaries={summary.themeSummaries} />
      {linking && <LinkWorkDialog item={linking} onClose={() => setLinking(null)} notify={toast.show} />}
      {toast.element}
    </div>
  );
}
