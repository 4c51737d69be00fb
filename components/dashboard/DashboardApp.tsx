import { useEffect, useMemo } from 'preact/hooks';
import { progressByObjective } from '../../lib/catalogue/objective-progress';
import { headlineFigures } from '../../lib/dashboard/headline';
import { objectivesWithoutWork } from '../../lib/dashboard/objectives-without-work';
import { themeSummaries } from '../../lib/dashboard/theme-summaries';
import { trackerCoverage } from '../../lib/dashboard/tracker-coverage';
import { unalignedWork } from '../../lib/dashboard/unaligned-work';
import { HeadlineFigures } from './HeadlineFigures';
import { NoCatalogue } from './NoCatalogue';
import { ObjectivesWithoutWork } from './ObjectivesWithoutWork';
import { ThemeCoverage } from './ThemeCoverage';
import { TrackerCoverage } from './TrackerCoverage';
import { UnalignedWork } from './UnalignedWork';
import { useDashboardData } from './use-dashboard-data';

/**
 * Alignment across everything stored: objectives no work serves, work that
 * serves no objective, and coverage per tracker and theme. Every figure is
 * computed from the same lists the sections show, so they always agree.
 */
export function DashboardApp() {
  const data = useDashboardData();

  const views = useMemo(() => {
    if (!data) return null;
    const { tables, work, alignment } = data;
    const ready = alignment.status === 'ready' ? alignment : null;
    const aligned = ready?.aligned ?? null;
    const withoutWork = objectivesWithoutWork(
      tables.objectives,
      tables.themes,
      tables.links,
      ready?.served ?? new Set(),
    );
    const progress = progressByObjective(tables.targets, tables.measurements, new Date(), tables.staleAfterDays);
    return {
      withoutWork,
      figures: headlineFigures(tables.objectives, work, aligned, withoutWork),
      unaligned: aligned && unalignedWork(work, aligned),
      coverage: ready && trackerCoverage(work, ready.aligned, ready.reasons),
      themes: themeSummaries(tables.objectives, tables.themes, tables.links, progress),
    };
  }, [data]);

  // For timing in tests and the benchmark, as the popup does: the first render with every figure known.
  const complete = views?.figures.aligned != null;
  useEffect(() => {
    if (complete) performance.mark('throughline:dashboard-rendered');
  }, [complete]);

  return (
    <>
      <header class="dashboard-header">
        <h1>Alignment dashboard</h1>
        <nav aria-label="Throughline">
          <a href="options.html">Workspace</a>
        </nav>
      </header>
      <main class="dashboard">
        {!data || !views ? (
          <p role="status">Reading the strategy and the work seen…</p>
        ) : (
          <>
            {data.tables.objectives.length === 0 && <NoCatalogue />}
            <HeadlineFigures figures={views.figures} />
            <div class="dashboard-columns">
              <ObjectivesWithoutWork groups={views.withoutWork} hasObjectives={data.tables.objectives.length > 0} />
              <UnalignedWork unaligned={views.unaligned} seen={data.work.length} alignment={data.alignment} />
            </div>
            <TrackerCoverage rows={views.coverage} />
            <ThemeCoverage summaries={views.themes} />
          </>
        )}
      </main>
    </>
  );
}
