import { routeHref } from '../../lib/workspace/route-href';
import { DashboardBody } from './DashboardBody';

const workspaceHref = (section: string, arg?: string) => `options.html${routeHref(section, arg)}`;

/** The dashboard as a page of its own (opened from the popup), with the way to the workspace and the report. */
export function DashboardApp() {
  return (
    <>
      <header class="dashboard-header">
        <h1>Alignment dashboard</h1>
        <nav aria-label="Throughline">
          <a href="options.html">Workspace</a>
          <a href="report.html">Steering report</a>
        </nav>
      </header>
      <main class="dashboard">
        <DashboardBody workspaceHref={workspaceHref} reportHref="report.html" />
      </main>
    </>
  );
}
