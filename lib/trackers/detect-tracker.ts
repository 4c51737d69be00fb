/**
 * Which self-hostable tracker a page is, from its page markers
 * (shared/trackers.md). Self-contained, with no imports, because it is also
 * injected as is into a tab with `scripting.executeScript`, called there with
 * no arguments. A document parsed from fetched HTML has no location: pass
 * the path it was fetched from.
 */
export function detectTracker(
  doc: Document = document,
  path: string = doc.location?.pathname ?? '',
): 'jira' | 'azure-devops' | null {
  // Confluence and Bitbucket Server carry the same `ajs-` markers; their application name tells them apart.
  const application = doc.querySelector('meta[name="application-name"]')?.getAttribute('content');
  const otherAtlassianApp = application != null && application.toUpperCase() !== 'JIRA';
  const jira =
    doc.querySelector('meta[name="ajs-context-path"], meta[name="ajs-jira-base-url"]') !== null ||
    doc.querySelector('meta[name="application-name"][content="JIRA" i]') !== null ||
    doc.querySelector('meta[name="application-name"][data-version]') !== null;
  if (jira && !otherAtlassianApp) return 'jira';
  // Azure DevOps Server has no documented marker (unverified): its hub paths and the Bolt UI's classes are the signal,
  // or, on a Server without the New Boards Hub, the legacy hubs' title, board and grid.
  const hub = /\/_(workitems|boards|backlogs|sprints|queries|dashboards|git|build|wiki)(\/|$)/i.test(path);
  const ui = doc.querySelector('.bolt-page, [class*="bolt-"], .work-item-form, .hub-title, .agile-board, .grid-canvas');
  return hub && ui !== null ? 'azure-devops' : null;
}
