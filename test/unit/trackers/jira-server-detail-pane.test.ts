// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraServerDetailPane } from '../../../lib/trackers/jira-server-detail-pane';
import { loadFixture, readFixture } from './load-fixture';

describe('jira-server-detail-pane', () => {
  it('reads the selected issue beside the board', () => {
    const { doc, url } = loadFixture('server-detail-pane');
    const items = jiraServerDetailPane.find(doc, url);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      ref: { tracker: 'jira', site: 'jira.example.org/jira', key: 'PAY-3' },
      kind: 'detail',
      placement: 'append',
      title: 'Show saved cards on the payment step',
      url: 'https://jira.example.org/jira/browse/PAY-3',
    });
    expect(items[0]?.anchor.id).toBe('ghx-detail-head');
    expect(items[0]?.container.id).toBe('ghx-detail-view');
  });

  it('reads the key from the link text when the href is not an issue link', () => {
    const { doc, url } = loadFixture('server-detail-pane');
    doc.querySelector('.ghx-fieldname-issuekey a')!.setAttribute('href', '#');
    expect(jiraServerDetailPane.find(doc, url)[0]?.ref.key).toBe('PAY-3');
    doc.querySelector('.ghx-fieldname-issuekey a')!.textContent = '<img src=x onerror=alert(1)>';
    expect(jiraServerDetailPane.find(doc, url)).toEqual([]);
  });

  it('finds nothing when no issue is selected', () => {
    for (const name of [
      'server-board',
      'server-backlog',
      'server-issue',
      'server-navigator',
      'server-no-match',
    ] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraServerDetailPane.find(doc, url), name).toEqual([]);
    }
  });
});
