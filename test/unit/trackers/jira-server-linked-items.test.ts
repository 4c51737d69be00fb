// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraServerLinkedItems } from '../../../lib/trackers/jira-server-linked-items';
import { loadFixture, readFixture } from './load-fixture';

describe('jira-server-linked-items', () => {
  it('finds the linked issues of an issue view, and not its web links', () => {
    const { doc, url } = loadFixture('server-split-view');
    expect(jiraServerLinkedItems.find(doc, url).map((item) => item.ref.key)).toEqual(['OPS-2', 'WEB-2', 'PAY-3']);
    const issue = readFixture('server-issue');
    expect(jiraServerLinkedItems.find(issue.doc, issue.url).map((item) => item.ref.key)).toEqual(['OPS-2']);
  });

  it('reads a link row: badge after the key and summary, summary and status', () => {
    const { doc, url } = loadFixture('server-split-view');
    const [ops2] = jiraServerLinkedItems.find(doc, url);
    const row = doc.getElementById('internal-10400_10210')!;
    expect(ops2).toMatchObject({
      ref: { tracker: 'jira', site: 'jira.example.org/jira', key: 'OPS-2' },
      kind: 'row',
      placement: 'after',
      title: 'Roll out the card vault to production',
      status: 'In Review',
      url: 'https://jira.example.org/jira/browse/OPS-2',
    });
    expect(ops2?.container).toBe(row);
    expect(ops2?.anchor).toBe(row.querySelector('span[title]'));
  });

  it('leaves a link to another Jira alone, and finds a row again from itself', () => {
    const { doc, url } = loadFixture('server-split-view');
    const row = doc.getElementById('internal-10401_10302')!;
    expect(jiraServerLinkedItems.find(row, url).map((item) => item.ref.key)).toEqual(['WEB-2']);
    row.querySelector('a')!.setAttribute('href', 'https://other-jira.example.org/browse/WEB-2');
    expect(jiraServerLinkedItems.find(row, url)).toEqual([]);
  });

  it('has no summary: it is a list inside an issue’s own view', () => {
    expect(jiraServerLinkedItems.summaryAnchor).toBeUndefined();
  });
});
