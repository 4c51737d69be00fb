// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraCloudIssue } from '../../../lib/trackers/jira-cloud-issue';
import { loadFixture, readFixture } from './load-fixture';

const CRUMB = 'issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container';

/** The header row around a view's current-issue crumb, else its trail: the chips go after it, not inside its last item. */
function trailOf(root: ParentNode, attribute: string): Element | null | undefined {
  const crumb = root.querySelector(`[${attribute}="${CRUMB}"]`);
  return crumb?.closest('[data-testid$="foundation.issue-header"]') ?? crumb?.closest('nav');
}

describe('jira-cloud-issue', () => {
  it('reads the full issue page', () => {
    const { doc, url } = loadFixture('cloud-issue-page');
    const items = jiraCloudIssue.find(doc, url);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      ref: { tracker: 'jira', site: 'acme.atlassian.net', key: 'PAY-1' },
      kind: 'detail',
      placement: 'after',
      title: 'Let customers pay with saved cards',
      status: 'In Progress',
      url: 'https://acme.atlassian.net/browse/PAY-1',
      facts: { parent: 'PAY-100' },
    });
    expect(item?.anchor).toBe(trailOf(doc, 'data-testid'));
    expect(item?.container).toBe(doc.querySelector('main'));
  });

  it('reads the side panel over a board, scoped to the panel', () => {
    const { doc, url } = loadFixture('cloud-board-side-panel');
    const [item, ...rest] = jiraCloudIssue.find(doc, url);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      ref: { key: 'PAY-3' },
      kind: 'detail',
      placement: 'after',
      title: 'Show saved cards on the payment step',
      status: 'In Progress',
      facts: { parent: 'PAY-100' },
    });
    expect(item?.container.getAttribute('data-testid')).toBe('issue.views.issue-details.issue-layout.compact-layout');
    expect(item?.anchor).toBe(trailOf(item!.container, 'data-testid'));
  });

  it('reads the modal, scoped to the dialog', () => {
    const { doc, url } = loadFixture('cloud-issue-modal');
    const [item, ...rest] = jiraCloudIssue.find(doc, url);
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      ref: { key: 'WEB-2' },
      title: 'Checkout page: one-click pay button',
      status: 'In Progress',
      url: 'https://acme.atlassian.net/browse/WEB-2',
    });
    expect(item?.facts).toBeUndefined();
    expect(item?.container.getAttribute('role')).toBe('dialog');
  });

  it('takes the key from the URL when the breadcrumb has none', () => {
    const { doc, url } = loadFixture('cloud-issue-page');
    const link = doc.querySelector('a[data-testid$="breadcrumbs.current-issue.item"]')!;
    link.setAttribute('href', 'javascript:alert(1)');
    link.textContent = '<img src=x onerror=alert(1)>';
    expect(jiraCloudIssue.find(doc, url).map((item) => item.ref.key)).toEqual(['PAY-1']);
    const side = loadFixture('cloud-board-side-panel');
    side.doc.querySelector('a[data-testid$="breadcrumbs.current-issue.item"]')!.removeAttribute('href');
    side.doc.querySelector('a[data-testid$="breadcrumbs.current-issue.item"] span')!.textContent = '';
    expect(jiraCloudIssue.find(side.doc, side.url).map((item) => item.ref.key)).toEqual(['PAY-3']);
  });

  it('drops a hostile breadcrumb when the URL names no issue either', () => {
    const { doc } = loadFixture('cloud-issue-page');
    const link = doc.querySelector('a[data-testid$="breadcrumbs.current-issue.item"]')!;
    link.setAttribute('href', '/browse/<img src=x onerror=alert(1)>');
    link.textContent = '<img src=x onerror=alert(1)>';
    expect(jiraCloudIssue.find(doc, new URL('https://acme.atlassian.net/jira/your-work'))).toEqual([]);
  });

  it('falls back to the summary heading and the URL when there are no breadcrumbs', () => {
    const { doc, url } = loadFixture('cloud-issue-page');
    doc.querySelector(`[data-testid="${CRUMB}"]`)!.closest('nav')!.remove();
    const [item, ...rest] = jiraCloudIssue.find(doc, url);
    expect(rest).toEqual([]);
    expect(item?.ref.key).toBe('PAY-1');
    expect(item?.anchor).toBe(doc.querySelector('h1[data-testid$="summary.heading"]'));
    expect(item?.placement).toBe('after');
    expect(item?.title).toBe('Let customers pay with saved cards');
  });

  it('accepts the legacy data-test-id spelling', () => {
    const { doc, url } = loadFixture('cloud-issue-modal');
    for (const element of doc.querySelectorAll('[role="dialog"] [data-testid*="breadcrumb"]')) {
      element.setAttribute('data-test-id', element.getAttribute('data-testid')!);
      element.removeAttribute('data-testid');
    }
    const [item] = jiraCloudIssue.find(doc, url);
    expect(item?.ref.key).toBe('WEB-2');
    expect(item?.anchor).toBe(trailOf(doc.querySelector('[role="dialog"]')!, 'data-test-id'));
  });

  it('finds one item per issue view even when its breadcrumb link is rendered twice', () => {
    const { doc, url } = loadFixture('cloud-issue-page');
    const link = doc.querySelector('a[data-testid$="breadcrumbs.current-issue.item"]')!;
    link.after(link.cloneNode(true));
    expect(jiraCloudIssue.find(doc, url)).toHaveLength(1);
  });

  it('finds nothing where no issue is open', () => {
    for (const name of ['cloud-board', 'cloud-backlog', 'cloud-search', 'cloud-timeline', 'cloud-no-match'] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraCloudIssue.find(doc, url), name).toEqual([]);
    }
  });

  it('has no summary: it is not a list', () => {
    expect(jiraCloudIssue.summaryAnchor).toBeUndefined();
  });
});
