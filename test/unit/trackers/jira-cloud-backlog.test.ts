// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraCloudBacklog } from '../../../lib/trackers/jira-cloud-backlog';
import { loadFixture, readFixture } from './load-fixture';

const SPRINT = ['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'PAY-5', 'PAY-6'];
const BACKLOG = ['PAY-7', 'PAY-8', 'PAY-12', 'PAY-13', 'PAY-14', 'PAY-16', 'PAY-18', 'PAY-19', 'OPS-2', 'OPS-4'];
const KEY_LINK = 'software-backlog.card-list.card.card-contents.key';

describe('jira-cloud-backlog', () => {
  it('finds each row once, though each row links its issue twice', () => {
    const { doc, url } = loadFixture('cloud-backlog');
    const items = jiraCloudBacklog.find(doc, url);
    expect(items.map((item) => item.ref.key)).toEqual([...SPRINT, ...BACKLOG]);
    expect(doc.querySelectorAll('a[href="/browse/PAY-1"]')).toHaveLength(2);
  });

  it('puts the badge beside the key and reads the summary', () => {
    const { doc, url } = loadFixture('cloud-backlog');
    for (const item of jiraCloudBacklog.find(doc, url)) {
      const { key } = item.ref;
      expect(item.ref.site).toBe('acme.atlassian.net');
      expect(item.kind).toBe('row');
      expect(item.placement).toBe('after');
      expect(item.anchor.getAttribute('data-testid')).toBe(KEY_LINK);
      expect(item.anchor.getAttribute('href')).toBe(`/browse/${key}`);
      expect(item.container.getAttribute('data-testid')).toBe(
        `software-backlog.card-list.card.content-container.${key}`,
      );
      expect(item.url).toBe(`https://acme.atlassian.net/browse/${key}`);
    }
    const pay4 = jiraCloudBacklog.find(doc, url).find((item) => item.ref.key === 'PAY-4');
    expect(pay4?.title).toBe('Retry failed card payments once before declining');
  });

  it('reads the key from the row test id when the key link is gone, and appends to the row', () => {
    const { doc, url } = loadFixture('cloud-backlog');
    const row = doc.querySelector('[data-testid$="content-container.PAY-8"]')!;
    row.querySelector(`[data-testid="${KEY_LINK}"]`)!.remove();
    const pay8 = jiraCloudBacklog.find(doc, url).find((item) => item.ref.key === 'PAY-8');
    expect(pay8?.anchor).toBe(row);
    expect(pay8?.placement).toBe('append');
  });

  it('drops a row with no valid key anywhere', () => {
    const { doc, url } = loadFixture('cloud-backlog');
    const row = doc.querySelector('[data-testid$="content-container.PAY-8"]')!;
    row.setAttribute('data-testid', 'software-backlog.card-list.card.content-container.<img src=x onerror=alert(1)>');
    for (const link of row.querySelectorAll('a')) link.setAttribute('href', 'javascript:alert(1)');
    const keys = jiraCloudBacklog.find(doc, url).map((item) => item.ref.key);
    expect(keys).not.toContain('PAY-8');
    expect(keys).toHaveLength(SPRINT.length + BACKLOG.length - 1);
  });

  it('accepts the legacy data-test-id spelling', () => {
    const { doc, url } = loadFixture('cloud-backlog');
    for (const element of doc.querySelectorAll('[data-testid^="software-backlog.card-list.card"]')) {
      element.setAttribute('data-test-id', element.getAttribute('data-testid')!);
      element.removeAttribute('data-testid');
    }
    expect(jiraCloudBacklog.find(doc, url)).toHaveLength(SPRINT.length + BACKLOG.length);
  });

  it('finds a row re-created while scrolling, at its new anchor', () => {
    const { doc, url } = loadFixture('cloud-backlog');
    const old = doc.querySelector('[data-testid$="content-container.OPS-2"]')!;
    const fresh = old.cloneNode(true) as Element;
    old.remove();
    expect(jiraCloudBacklog.find(doc, url).map((item) => item.ref.key)).not.toContain('OPS-2');
    doc.querySelector('[data-testid$="content-container.PAY-19"]')!.after(fresh);
    const ops2 = jiraCloudBacklog.find(doc, url).filter((item) => item.ref.key === 'OPS-2');
    expect(ops2).toHaveLength(1);
    expect(ops2[0]?.container).toBe(fresh);
    expect(fresh.contains(ops2[0]!.anchor)).toBe(true);
  });

  it('finds nothing on other views', () => {
    for (const name of ['cloud-board', 'cloud-issue-page', 'cloud-search', 'cloud-no-match'] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraCloudBacklog.find(doc, url), name).toEqual([]);
    }
  });

  it('puts the summary after the page header', () => {
    const { doc, url } = loadFixture('cloud-backlog');
    expect(jiraCloudBacklog.summaryAnchor?.(doc, url)?.getAttribute('data-testid')).toBe(
      'software-backlog.page-header',
    );
    const board = loadFixture('cloud-board');
    expect(jiraCloudBacklog.summaryAnchor?.(board.doc, board.url)).toBeNull();
  });
});
