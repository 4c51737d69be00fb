// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraServerBoard } from '../../../lib/trackers/jira-server-board';
import { loadFixture, readFixture } from './load-fixture';

const CARDS = [
  ...['PAY-2', 'PAY-1', 'PAY-3'],
  ...['PAY-7', 'PAY-8', 'WEB-3', 'PAY-6', 'WEB-2', 'PAY-4', 'WEB-4', 'OPS-2', 'PAY-5', 'WEB-1', 'OPS-3'],
];

describe('jira-server-board', () => {
  it('finds every card of every swimlane, on a Jira at the root of a host with a port', () => {
    const { doc, url } = loadFixture('server-board');
    const items = jiraServerBoard.find(doc, url);
    expect(items.map((item) => item.ref.key)).toEqual(CARDS);
    for (const item of items) {
      expect(item.ref.site).toBe('jira.internal:8080');
      expect(item.kind).toBe('card');
      expect(item.placement).toBe('append');
      expect(item.anchor.className).toBe('ghx-issue-content');
      expect(item.container.getAttribute('data-issue-key')).toBe(item.ref.key);
      expect(item.url).toBe(`http://jira.internal:8080/browse/${item.ref.key}`);
    }
  });

  it('reads the summary and the epic', () => {
    const { doc, url } = loadFixture('server-board');
    const [pay2, , , pay7] = jiraServerBoard.find(doc, url);
    expect(pay2).toMatchObject({ title: 'Offer Apple Pay and Google Pay at checkout', facts: { epic: 'PAY-100' } });
    expect(pay7?.title).toBe('Add card tokenization to the payment service');
    expect(pay7?.facts).toBeUndefined();
  });

  it('drops a card with an invalid key', () => {
    const { doc, url } = loadFixture('server-board');
    doc.querySelector('[data-issue-key="WEB-3"]')!.setAttribute('data-issue-key', '<img src=x onerror=alert(1)>');
    expect(jiraServerBoard.find(doc, url).map((item) => item.ref.key)).toEqual(CARDS.filter((key) => key !== 'WEB-3'));
  });

  it('finds a card re-rendered after a drag, at its new anchor', () => {
    const { doc, url } = loadFixture('server-board');
    const old = doc.querySelector('[data-issue-key="PAY-8"]')!;
    const fresh = old.cloneNode(true) as Element;
    old.remove();
    doc.querySelectorAll('#ghx-pool .ghx-column')[3]!.append(fresh);
    const pay8 = jiraServerBoard.find(doc, url).filter((item) => item.ref.key === 'PAY-8');
    expect(pay8).toHaveLength(1);
    expect(pay8[0]?.anchor).toBe(fresh.querySelector('.ghx-issue-content'));
  });

  it('finds the board under the detail pane, and nothing on other pages', () => {
    const pane = loadFixture('server-detail-pane');
    expect(jiraServerBoard.find(pane.doc, pane.url).map((item) => item.ref.key)).toEqual([
      ...['PAY-2', 'PAY-7', 'PAY-1', 'PAY-3', 'PAY-4', 'PAY-5'],
    ]);
    for (const name of ['server-issue', 'server-backlog', 'server-navigator', 'server-no-match'] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraServerBoard.find(doc, url), name).toEqual([]);
    }
  });

  it('puts the summary after the board header', () => {
    const { doc, url } = loadFixture('server-board');
    expect(jiraServerBoard.summaryAnchor?.(doc, url)?.id).toBe('ghx-header');
  });
});
