// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraServerNavigator } from '../../../lib/trackers/jira-server-navigator';
import { loadFixture, readFixture } from './load-fixture';

const ROWS = [
  'PAY-1',
  'PAY-2',
  'PAY-3',
  'PAY-4',
  'PAY-5',
  'PAY-6',
  'PAY-7',
  'PAY-8',
  'WEB-1',
  'WEB-2',
  'WEB-3',
  'WEB-4',
];

describe('jira-server-navigator', () => {
  it('finds each result row once, though each row links its issue four times', () => {
    const { doc, url } = loadFixture('server-navigator');
    const items = jiraServerNavigator.find(doc, url);
    expect(items.map((item) => item.ref.key)).toEqual(ROWS);
    expect(doc.querySelectorAll('#issuerow10202 a[href="/jira/browse/PAY-1"]')).toHaveLength(4);
  });

  it("puts the badge after the summary's link, on its line, and reads summary and status", () => {
    const { doc, url } = loadFixture('server-navigator');
    for (const item of jiraServerNavigator.find(doc, url)) {
      expect(item.ref.site).toBe('jira.example.org/jira');
      expect(item.kind).toBe('row');
      expect(item.placement).toBe('after');
      expect(item.anchor.matches('td.summary p > a.issue-link')).toBe(true);
      expect(item.provisional).toBe(false);
      expect(item.container.tagName).toBe('TR');
      expect(item.url).toBe(`https://jira.example.org/jira/browse/${item.ref.key}`);
    }
    const [, pay2] = jiraServerNavigator.find(doc, url);
    expect(pay2).toMatchObject({ title: 'Offer Apple Pay and Google Pay at checkout', status: 'To Do' });
  });

  it('appends the badge to the summary cell when the cell has no link', () => {
    const { doc, url } = loadFixture('server-navigator');
    for (const link of doc.querySelectorAll('#issuetable td.summary a')) link.replaceWith(link.textContent ?? '');
    for (const item of jiraServerNavigator.find(doc, url)) {
      expect(item.placement).toBe('append');
      expect(item.anchor.matches('td.summary')).toBe(true);
      // A row still being parsed looks like this: read again once its link comes.
      expect(item.provisional).toBe(true);
    }
  });

  it('falls back to the key cell when the summary column is hidden', () => {
    const { doc, url } = loadFixture('server-navigator');
    for (const cell of doc.querySelectorAll('#issuetable td.summary')) cell.remove();
    for (const item of jiraServerNavigator.find(doc, url)) {
      expect(item.anchor.matches('td.issuekey')).toBe(true);
      expect(item.title).toBeUndefined();
    }
  });

  it('drops a row with an invalid key', () => {
    const { doc, url } = loadFixture('server-navigator');
    doc.querySelector('tr[data-issuekey="PAY-5"]')!.setAttribute('data-issuekey', 'PAY-5"><img src=x>');
    expect(jiraServerNavigator.find(doc, url).map((item) => item.ref.key)).toEqual(ROWS.filter((k) => k !== 'PAY-5'));
  });

  it('finds nothing on other pages', () => {
    for (const name of ['server-board', 'server-backlog', 'server-issue', 'server-no-match'] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraServerNavigator.find(doc, url), name).toEqual([]);
    }
  });

  it('puts the summary after the search form', () => {
    const { doc, url } = loadFixture('server-navigator');
    expect(jiraServerNavigator.summaryAnchor?.(doc, url)?.className).toBe('navigator-search');
  });
});
