// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraServerBacklog } from '../../../lib/trackers/jira-server-backlog';
import { loadFixture, readFixture } from './load-fixture';

const ROWS = [
  ...['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6'],
  ...['PAY-7', 'PAY-8', 'WEB-1', 'WEB-2', 'WEB-3', 'WEB-4', 'OPS-2', 'PAY-16'],
];

describe('jira-server-backlog', () => {
  it('finds the rows of the sprint and of the backlog, not the epics panel', () => {
    const { doc, url } = loadFixture('server-backlog');
    const items = jiraServerBacklog.find(doc, url);
    expect(items.map((item) => item.ref.key)).toEqual(ROWS);
    expect(doc.querySelector('[data-epic-key="PAY-100"] a[href="/jira/browse/PAY-100"]')).not.toBeNull();
  });

  it('puts the badge first in the row end and reads summary and epic', () => {
    const { doc, url } = loadFixture('server-backlog');
    for (const item of jiraServerBacklog.find(doc, url)) {
      expect(item.ref.site).toBe('jira.example.org/jira');
      expect(item.kind).toBe('row');
      expect(item.placement).toBe('prepend');
      expect(item.anchor.classList.contains('ghx-end')).toBe(true);
      expect(item.container.contains(item.anchor)).toBe(true);
      expect(item.url).toBe(`https://jira.example.org/jira/browse/${item.ref.key}`);
    }
    const [pay1] = jiraServerBacklog.find(doc, url);
    expect(pay1).toMatchObject({ title: 'Let customers pay with saved cards', facts: { epic: 'PAY-100' } });
  });

  it('appends to the content when a row has no end section', () => {
    const { doc, url } = loadFixture('server-backlog');
    const row = doc.querySelector('[data-issue-key="PAY-16"]')!;
    for (const end of row.querySelectorAll('.ghx-end')) end.remove();
    const pay16 = jiraServerBacklog.find(doc, url).at(-1);
    expect(pay16?.anchor).toBe(row.querySelector('.ghx-issue-content'));
    expect(pay16?.placement).toBe('append');
  });

  it('finds nothing on other pages', () => {
    for (const name of ['server-board', 'server-issue', 'server-navigator', 'server-no-match'] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraServerBacklog.find(doc, url), name).toEqual([]);
    }
  });

  it('puts the summary after the board header', () => {
    const { doc, url } = loadFixture('server-backlog');
    expect(jiraServerBacklog.summaryAnchor?.(doc, url)?.id).toBe('ghx-header');
  });
});
