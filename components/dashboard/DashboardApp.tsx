import { t } from '../../lib/i18n/catalogue';
import { routeHref } from '../../lib/workspace/route-href';
import { DashboardBody } from './DashboardBody';

const workspaceHref = (section: string, arg?: string) => `options.html${routeHref(section, arg)}`;

/** The dashboard as a page of its own (opened from the popup), with the way to the workspace and the report. */
export function DashboardApp() {
  return (
    <>
      <header class="dashboard-header">
        <h1>{t('dashboardApp_alignmentDashboard')}</h1>
        <nav aria-label={t('dashboardApp_throughline')}>
          <a href="options.html">{t('dashboardApp_workspace')}</a>
          <a href="report.html">{t('dashboardApp_steeringReport')}</a>
        </nav>
      </header>
      <main class="dashboard">
        <DashboardBody workspaceHref={workspaceHref} reportHref="report.html" />
      </main>
    </>
  );
}
