// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraServerIssue } from '../../../lib/trackers/jira-server-issue';
import { loadFixture, readFixture } from './load-fixture';

describe('jira-server-issue', () => {
  it('reads the issue page of a Jira under a context path', () => {
    const { doc, url } = loadFixture('server-issue');
    const items = jiraServerIssue.find(doc, url);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      ref: { tracker: 'jira', site: 'jira.example.org/jira', key: 'PAY-7' },
      kind: 'detail',
      placement: 'append',
      title: 'Add card tokenization to the payment service',
      status: 'To Do',
      url: 'https://jira.example.org/jira/browse/PAY-7',
      facts: { labels: ['checkout', 'pci'], parent: 'PAY-1' },
    });
    expect(items[0]?.anchor).toBe(doc.querySelector('#stalker .aui-toolbar2-primary'));
    expect(items[0]?.container).toBe(doc.querySelector('.issue-header-content'));
  });

  it("prefers the header's own key to the page meta, and uses the meta when the header has none", () => {
    const { doc, url } = loadFixture('server-issue');
    doc.querySelector('meta[name="ajs-issue-key"]')!.setAttribute('content', 'PAY-1');
    expect(jiraServerIssue.find(doc, url)[0]?.ref.key).toBe('PAY-7');
    doc.querySelector('#key-val')!.remove();
    expect(jiraServerIssue.find(doc, url)[0]?.ref.key).toBe('PAY-1');
  });

  it('drops a header whose key is hostile, with no meta to fall back on', () => {
    const { doc, url } = loadFixture('server-issue');
    doc.querySelector('meta[name="ajs-issue-key"]')!.remove();
    doc.querySelector('#key-val')!.textContent = '<img src=x onerror=alert(1)>';
    expect(jiraServerIssue.find(doc, url)).toEqual([]);
  });

  it('falls back to after the summary when the toolbar is gone', () => {
    const { doc, url } = loadFixture('server-issue');
    doc.querySelector('.aui-toolbar2-primary')!.remove();
    const [item] = jiraServerIssue.find(doc, url);
    expect(item?.anchor).toBe(doc.querySelector('#summary-val'));
    expect(item?.placement).toBe('after');
  });

  it('finds nothing on other Server pages', () => {
    for (const name of [
      'server-board',
      'server-backlog',
      'server-navigator',
      'server-detail-pane',
      'server-no-match',
    ] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraServerIssue.find(doc, url), name).toEqual([]);
    }
  });

  it('finds nothing when the page gives no usable site', () => {
    const { doc, url } = loadFixture('server-issue');
    doc.querySelector('meta[name="ajs-context-path"]')!.setAttribute('content', '/jira"><script>');
    expect(jiraServerIssue.find(doc, url)).toEqual([]);
  });
});
