// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraCloudLinkedItems } from '../../../lib/trackers/jira-cloud-linked-items';
import { loadFixture, readFixture } from './load-fixture';

describe('jira-cloud-linked-items', () => {
  it("finds the issue page's linked work items, not the issues mentioned in prose", () => {
    const { doc, url } = loadFixture('cloud-issue-page');
    const items = jiraCloudLinkedItems.find(doc, url);
    expect(items.map((item) => [item.ref.key, item.title, item.status])).toEqual([
      ['WEB-2', 'Checkout page: one-click pay button', 'In Progress'],
      ['OPS-2', 'Roll out the card vault to production', 'In Review'],
      ['PAY-8', 'Reconcile refunds with the ledger nightly', 'To Do'],
    ]);
    expect(doc.querySelector('.ak-renderer-document a[href="/browse/WEB-1"]')).not.toBeNull();
  });

  it('puts the badge after the key, outside its hover-card trigger', () => {
    const { doc, url } = loadFixture('cloud-issue-page');
    for (const item of jiraCloudLinkedItems.find(doc, url)) {
      expect(item.kind).toBe('row');
      expect(item.placement).toBe('after');
      expect(item.anchor.getAttribute('data-testid')).toBe('hover-card-trigger-wrapper');
      expect(item.anchor.firstElementChild?.getAttribute('data-testid')).toMatch(/issue-line-card-view\.key$/);
      expect(item.container.getAttribute('data-testid')).toMatch(/issue-line-card\.card-container$/);
      expect(item.url).toBe(`https://acme.atlassian.net/browse/${item.ref.key}`);
    }
  });

  it('puts the badge right after a key that has no hover-card trigger', () => {
    const { doc, url } = loadFixture('cloud-issue-modal');
    const wrapper = doc.querySelector('[role="dialog"] [data-testid="hover-card-trigger-wrapper"]')!;
    wrapper.replaceWith(...wrapper.childNodes);
    const [item] = jiraCloudLinkedItems.find(doc, url);
    expect(item?.ref.key).toBe('PAY-1');
    expect(item?.anchor.getAttribute('data-testid')).toMatch(/issue-line-card-view\.key$/);
  });

  it('reads the key from the summary link when the key element is gone', () => {
    const { doc, url } = loadFixture('cloud-issue-page');
    const card = doc.querySelectorAll('[data-testid$="issue-line-card.card-container"]')[1]!;
    card.querySelector('[data-testid$="issue-line-card-view.key"]')!.remove();
    const ops2 = jiraCloudLinkedItems.find(doc, url)[1];
    expect(ops2?.ref.key).toBe('OPS-2');
    expect(ops2?.anchor).toBe(card);
    expect(ops2?.placement).toBe('append');
  });

  it('finds nothing on views without linked work items', () => {
    for (const name of ['cloud-board', 'cloud-backlog', 'cloud-search', 'cloud-no-match'] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraCloudLinkedItems.find(doc, url), name).toEqual([]);
    }
  });
});
