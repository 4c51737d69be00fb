import { t } from '../../lib/i18n/catalogue';
import { routeHref } from '../../lib/workspace/route-href';
import { DashboardBody } from './DashboardBody';

/** The dashboard as a workspace section (`#dashboard`): the same body, its links within the workspace. */
export function DashboardSection() {
  return (
    <section class="stack dashboard-section" aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading">{t('dashboardSection_alignmentDashboard')}</h2>
      <DashboardBody workspaceHref={routeHref} reportHref="report.html" />
    </section>
  );
}
