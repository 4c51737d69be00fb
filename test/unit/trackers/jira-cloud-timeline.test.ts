// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraCloudTimeline } from '../../../lib/trackers/jira-cloud-timeline';
import { loadFixture, readFixture } from './load-fixture';

const ROWS = ['PAY-100', 'PAY-1', 'PAY-2', 'PAY-3', 'PAY-4', 'WEB-100', 'WEB-1', 'WEB-2', 'OPS-2'];

describe('jira-cloud-timeline', () => {
  it('applies on a plan captured without the page marker', () => {
    const { doc, url } = loadFixture('cloud-timeline');
    expect(doc.querySelector('meta[name="application-name"]')).toBeNull();
    expect(jiraCloudTimeline.applies(url, doc)).toBe(true);
  });

  it('finds the saved issues of the tree, keyed by their link, not their numeric id', () => {
    const { doc, url } = loadFixture('cloud-timeline');
    const items = jiraCloudTimeline.find(doc, url);
    expect(items.map((item) => item.ref.key)).toEqual(ROWS);
    for (const item of items) {
      expect(item.kind).toBe('row');
      expect(item.placement).toBe('append');
      expect(item.anchor).toBe(item.container);
      expect(item.container.getAttribute('data-testid')).toMatch(/scope\.issues\.issue\.row$/);
      expect(item.url).toBe(`https://acme.atlassian.net/browse/${item.ref.key}`);
    }
    expect(items[1]?.title).toBe('Let customers pay with saved cards');
  });

  it('leaves out the plan issue not yet saved to Jira', () => {
    const { doc, url } = loadFixture('cloud-timeline');
    expect(doc.querySelector('[data-issue="scenario-3f2a"]')).not.toBeNull();
    const containers = jiraCloudTimeline.find(doc, url).map((item) => item.container.getAttribute('data-issue'));
    expect(containers).not.toContain('scenario-3f2a');
  });

  it('finds a row re-created while scrolling', () => {
    const { doc, url } = loadFixture('cloud-timeline');
    const old = doc.querySelector('a[href="/browse/WEB-1"]')!.closest('[data-testid$="issues.issue.row"]')!;
    const fresh = old.cloneNode(true) as Element;
    old.replaceWith(fresh);
    const web1 = jiraCloudTimeline.find(doc, url).filter((item) => item.ref.key === 'WEB-1');
    expect(web1.map((item) => item.anchor)).toEqual([fresh]);
  });

  it('finds nothing on other views', () => {
    for (const name of [
      'cloud-board',
      'cloud-backlog',
      'cloud-search',
      'cloud-issue-page',
      'cloud-no-match',
    ] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraCloudTimeline.find(doc, url), name).toEqual([]);
    }
  });

  it('puts the summary after the scope header', () => {
    const { doc, url } = loadFixture('cloud-timeline');
    expect(jiraCloudTimeline.summaryAnchor?.(doc, url)?.getAttribute('data-testid')).toMatch(/roadmap\.scope\.header$/);
  });
});
