// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraServerSplitView } from '../../../lib/trackers/jira-server-split-view';
import { JIRA_ADAPTERS } from '../../../lib/trackers/registry';
import { loadFixture, readFixture } from './load-fixture';

const ROWS = ['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'WEB-1', 'WEB-2'];

describe('jira-server-split-view', () => {
  it('finds each result of the split view’s list', () => {
    const { doc, url } = loadFixture('server-split-view');
    expect(jiraServerSplitView.applies(url, doc)).toBe(true);
    expect(jiraServerSplitView.find(doc, url).map((item) => item.ref.key)).toEqual(ROWS);
  });

  it('puts the badge beside the row’s link, never inside it, and reads the summary', () => {
    const { doc, url } = loadFixture('server-split-view');
    const [, pay2] = jiraServerSplitView.find(doc, url);
    const row = doc.querySelector('li[data-key="PAY-2"]')!;
    expect(pay2).toMatchObject({
      ref: { tracker: 'jira', site: 'jira.example.org/jira', key: 'PAY-2' },
      kind: 'row',
      placement: 'after',
      title: 'Offer Apple Pay and Google Pay at checkout',
      url: 'https://jira.example.org/jira/browse/PAY-2',
    });
    expect(pay2?.container).toBe(row);
    expect(pay2?.anchor).toBe(row.querySelector('a.splitview-issue-link'));
  });

  it('reads the key from the link when the row lost its data-key, and drops a row with no key at all', () => {
    const { doc, url } = loadFixture('server-split-view');
    const row = doc.querySelector('li[data-key="PAY-3"]')!;
    row.setAttribute('data-key', '<b>');
    expect(jiraServerSplitView.find(row, url).map((item) => item.ref.key)).toEqual(['PAY-3']);
    row.querySelector('a')!.removeAttribute('data-issue-key');
    row.querySelector('a')!.setAttribute('href', 'javascript:alert(1)');
    expect(jiraServerSplitView.find(row, url)).toEqual([]);
  });

  it('puts its summary after the search form', () => {
    const { doc, url } = loadFixture('server-split-view');
    expect(jiraServerSplitView.summaryAnchor?.(doc, url)?.className).toBe('navigator-search');
  });

  it('finds, with the other adapters, the list, the open issue and its linked issues on the page', () => {
    const { doc, url } = readFixture('server-split-view');
    const found = JIRA_ADAPTERS.filter((adapter) => adapter.applies(url, doc)).flatMap((adapter) =>
      adapter.find(doc, url).map((item) => `${adapter.name}:${item.kind}:${item.ref.key}`),
    );
    expect(found).toEqual([
      'jira-server-issue:detail:PAY-2',
      ...ROWS.map((key) => `jira-server-split-view:row:${key}`),
      'jira-server-linked-items:row:OPS-2',
      'jira-server-linked-items:row:WEB-2',
      'jira-server-linked-items:row:PAY-3',
    ]);
  });
});
