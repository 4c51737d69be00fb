import { useEffect, useMemo, useState } from 'preact/hooks';
import { progressByObjective } from '../../lib/catalogue/objective-progress';
import { headlineFigures } from '../../lib/dashboard/headline';
import { objectivesWithoutWork } from '../../lib/dashboard/objectives-without-work';
import type { SeenWork } from '../../lib/dashboard/seen-work';
import { themeSummaries } from '../../lib/dashboard/theme-summaries';
import { trackerCoverage } from '../../lib/dashboard/tracker-coverage';
import { unalignedWork } from '../../lib/dashboard/unaligned-work';
import { pageDatabase as db } from '../../lib/db/page-database';
import { readHistory } from '../../lib/db/snapshots';
import { send } from '../../lib/messages/client';
import { catalogueWarnings, servedObjectives } from '../../lib/outcomes/catalogue-warnings';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { useUndoToast } from '../catalogue/use-undo-toast';
import { TrendsPanel } from '../history/TrendsPanel';
import { HeadlineFigures } from './HeadlineFigures';
import { LinkWorkDialog } from './LinkWorkDialog';
import { NoCatalogue } from './NoCatalogue';
import { ObjectivesWithoutWork } from './ObjectivesWithoutWork';
import { OutcomeWarningsPanel } from './OutcomeWarningsPanel';
import { ThemeCoverage } from './ThemeCoverage';
import { TrackerCoverage } from './TrackerCoverage';
import { UnalignedWork } from './UnalignedWork';
import { useDashboardData } from './use-dashboard-data';
import './dashboard.css';

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
    if (!data) return null;
    const { tables, work, alignment } = data;
    const ready = alignment.status === 'ready' ? alignment : null;
    const aligned = ready?.aligned ?? null;
    const servedBySeen = ready?.served ?? new Set<string>();
    const withoutWork = objectivesWithoutWork(tables.objectives, tables.themes, tables.links, servedBySeen);
    const progress = progressByObjective(
      tables.targets,
      tables.measurements,
      new Date(),
      tables.staleAfterDays,
      tables.objectives,
    );
    const warnings = catalogueWarnings(tables.objectives, progress, servedObjectives(tables.links, servedBySeen));
    return {
      withoutWork,
      warnings,
      figures: headlineFigures(tables.objectives, work, aligned, withoutWork),
      warningCount: [...warnings.values()].reduce((sum, its) => sum + its.length, 0),
      unaligned: aligned && unalignedWork(work, aligned),
      coverage: ready && trackerCoverage(work, ready.aligned, ready.reasons),
      themes: themeSummaries(tables.objectives, tables.themes, tables.links, progress),
    };
  }, [data]);

  // For timing in tests and the benchmark, as the popup does: the first render with every figure known.
  const complete = views?.figures.aligned != null;
  // The history (megabytes with thousands of targets) is read once the figures show, not before them.
  const history = useLiveQuery(async () => (complete ? readHistory(db) : undefined), [complete]);
  useEffect(() => {
    if (!complete) return;
    performance.mark('throughline:dashboard-rendered');
    // Then today's snapshot, so the trends end with what the figures above say; after the first render,
    // which it would otherwise compete with.
    void send({ type: 'takeSnapshot' });
  }, [complete]);

  // And once the trends are drawn too (their charts are drawn in the children's effects, which run first).
  const trendsDrawn = complete && history !== undefined;
  useEffect(() => {
    if (trendsDrawn) performance.mark('throughline:dashboard-trends-rendered');
  }, [trendsDrawn]);

  if (!data || !views) return <p role="status">Reading the strategy and the work seen…</p>;
  return (
    <div class="dashboard-body">
      {data.tables.objectives.length === 0 && <NoCatalogue />}
      <HeadlineFigures figures={views.figures} warnings={views.warningCount} />
      <p class="report-link">
        <a href={reportHref}>Steering report</a>: a printable summary of a period and a theme, with CSV files.
      </p>
      <OutcomeWarningsPanel warnings={views.warnings} objectives={data.tables.objectives} hrefOf={workspaceHref} />
      {history && (
        <TrendsPanel
          history={history}
          themes={data.tables.themes}
          objectives={data.tables.objectives}
          targets={data.tables.targets}
        />
      )}
      <div class="dashboard-columns">
        <ObjectivesWithoutWork
          groups={views.withoutWork}
          hasObjectives={data.tables.objectives.length > 0}
          hrefOf={workspaceHref}
        />
        <UnalignedWork
          unaligned={views.unaligned}
          seen={data.work.length}
          alignment={data.alignment}
          onLink={(item) => setLinking(item)}
        />
      </div>
      <TrackerCoverage rows={views.coverage} />
      <ThemeCoverage summaries={views.themes} />
      {linking && <LinkWorkDialog item={linking} onClose={() => setLinking(null)} notify={toast.show} />}
      {toast.element}
    </div>
  );
}
