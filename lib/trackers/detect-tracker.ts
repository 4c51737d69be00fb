/**
 * Which self-hostable tracker a page is, from its page markers
 * (shared/trackers.md). Self-contained, with no imports, because it is also
 * injected as is into a tab with `scripting.executeScript`.
 */
export function detectTracker(doc: Document = document): 'jira' | 'azure-devops' | null {
  const jira =
    doc.querySelector('meta[name="ajs-context-path"], meta[name="ajs-jira-base-url"]') !== null ||
    doc.querySelector('meta[name="application-name"][content="JIRA" i]') !== null ||
    doc.querySelector('meta[name="application-name"][data-version]') !== null;
  if (jira) return 'jira';
  // Azure DevOps Server has no documented marker (unverified): its hub paths and the Bolt UI's classes are the signal.
  const hub = /\/_(workitems|boards|backlogs|sprints|queries|dashboards|git|build|wiki)(\/|$)/i.test(
    doc.location?.pathname ?? '',
  );
  const bolt = doc.querySelector('.bolt-page, [class*="bolt-"], .work-item-form') !== null;
  return hub && bolt ? 'azure-devops' : null;
}
