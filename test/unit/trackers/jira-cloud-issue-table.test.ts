// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraCloudIssueTable } from '../../../lib/trackers/jira-cloud-issue-table';
import { loadFixture, readFixture } from './load-fixture';

const SEARCH = [
  ...['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6', 'PAY-7', 'PAY-8'],
  ...['WEB-1', 'WEB-2', 'WEB-3', 'WEB-4', 'OPS-2', 'OPS-3', 'WEB-9'],
];
const ACTIONS = 'native-issue-table.common.ui.issue-cells.issue-key.action-container';

describe('jira-cloud-issue-table', () => {
  it('finds every search result row', () => {
    const { doc, url } = loadFixture('cloud-search');
    const items = jiraCloudIssueTable.find(doc, url);
    expect(items.map((item) => item.ref.key)).toEqual(SEARCH);
    for (const item of items) {
      expect(item.kind).toBe('row');
      expect(item.placement).toBe('append');
      expect(item.anchor.getAttribute('data-testid')).toBe(ACTIONS);
      expect(item.container.tagName).toBe('TR');
      expect(item.url).toBe(`https://acme.atlassian.net/browse/${item.ref.key}`);
    }
    expect(items[3]?.title).toBe('Retry failed card payments once before declining');
  });

  it("finds an issue's child work items on the issue page", () => {
    const { doc, url } = loadFixture('cloud-issue-page');
    const items = jiraCloudIssueTable.find(doc, url);
    expect(items.map((item) => [item.ref.key, item.title])).toEqual([
      ['PAY-5', 'Store card tokens instead of card numbers'],
      ['PAY-6', 'Mask card numbers in receipts'],
      ['PAY-7', 'Add card tokenization to the payment service'],
    ]);
  });

  it('falls back to the key cell when the action container is gone: a row cannot hold the badge', () => {
    const { doc, url } = loadFixture('cloud-search');
    for (const actions of doc.querySelectorAll(`[data-testid="${ACTIONS}"]`)) actions.remove();
    for (const item of jiraCloudIssueTable.find(doc, url)) {
      expect(item.anchor.tagName).toBe('TD');
      expect(item.anchor.querySelector('a[data-testid$="issue-key-cell"]')).not.toBeNull();
    }
  });

  it('matches a renamed row prefix by its last segments', () => {
    const { doc, url } = loadFixture('cloud-search');
    for (const row of doc.querySelectorAll('tr[data-testid="native-issue-table.ui.issue-row"]')) {
      row.setAttribute('data-testid', 'jira-native-issue-table.ui.issue-row');
    }
    expect(jiraCloudIssueTable.find(doc, url)).toHaveLength(SEARCH.length);
  });

  it('drops rows with hostile keys and keeps the rest', () => {
    const { doc, url } = loadFixture('cloud-search');
    const row = doc.querySelectorAll('tr[data-testid$="issue-table.ui.issue-row"]')[1]!;
    for (const link of row.querySelectorAll('a')) {
      link.setAttribute('href', 'javascript:alert(1)');
      link.textContent = '<img src=x onerror=alert(1)>';
    }
    const keys = jiraCloudIssueTable.find(doc, url).map((item) => item.ref.key);
    expect(keys).toEqual(SEARCH.filter((key) => key !== 'PAY-2'));
  });

  it('finds nothing on views without an issue table', () => {
    for (const name of ['cloud-board', 'cloud-backlog', 'cloud-timeline', 'cloud-no-match'] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraCloudIssueTable.find(doc, url), name).toEqual([]);
    }
  });

  it('puts the summary after the search bar; on an issue page there is none', () => {
    const search = loadFixture('cloud-search');
    expect(jiraCloudIssueTable.summaryAnchor?.(search.doc, search.url)?.getAttribute('data-testid')).toBe(
      'issue-navigator.ui.refinement-bar',
    );
    const issue = loadFixture('cloud-issue-page');
    expect(jiraCloudIssueTable.summaryAnchor?.(issue.doc, issue.url)).toBeNull();
  });
});
