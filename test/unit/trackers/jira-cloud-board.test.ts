// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { jiraCloudBoard } from '../../../lib/trackers/jira-cloud-board';
import { loadFixture, readFixture } from './load-fixture';

const BOARD_KEYS = [
  ...['PAY-2', 'PAY-7', 'PAY-8', 'PAY-14', 'PAY-16', 'WEB-3', 'WEB-6', 'OPS-4'],
  ...['PAY-1', 'PAY-3', 'PAY-6', 'PAY-10', 'PAY-13', 'PAY-19', 'WEB-2', 'WEB-5', 'WEB-7'],
  ...['PAY-4', 'PAY-12', 'PAY-18', 'WEB-4', 'OPS-2'],
  ...['PAY-5', 'PAY-9', 'PAY-11', 'PAY-15', 'PAY-17', 'PAY-20', 'WEB-1', 'WEB-8', 'WEB-9', 'OPS-3'],
];
const WITHOUT_FOOTER = ['PAY-14', 'WEB-6', 'OPS-4'];
const HOSTILE = '<img src=x onerror=alert(1)>';

describe('jira-cloud-board', () => {
  it('finds every card with a key, in page order, once', () => {
    const { doc, url } = loadFixture('cloud-board');
    const items = jiraCloudBoard.find(doc, url);
    expect(items.map((item) => item.ref.key)).toEqual(BOARD_KEYS);
    expect(new Set(items.map((item) => item.container)).size).toBe(BOARD_KEYS.length);
  });

  it('reads each card: site, kind, container, title, url', () => {
    const { doc, url } = loadFixture('cloud-board');
    for (const item of jiraCloudBoard.find(doc, url)) {
      const { key } = item.ref;
      expect(item.ref).toEqual({ tracker: 'jira', site: 'acme.atlassian.net', key });
      expect(item.kind).toBe('card');
      expect(item.container.id).toBe(`card-${key}`);
      expect(item.container.getAttribute('data-testid')).toBe('platform-board-kit.ui.card.card');
      expect(item.url).toBe(`https://acme.atlassian.net/browse/${key}`);
      expect(item.title).toBeTruthy();
    }
    const pay1 = jiraCloudBoard.find(doc, url).find((item) => item.ref.key === 'PAY-1');
    expect(pay1?.title).toBe('Let customers pay with saved cards');
    expect(pay1?.status).toBeUndefined();
  });

  it('appends to the footer, or to the card where there is none', () => {
    const { doc, url } = loadFixture('cloud-board');
    for (const item of jiraCloudBoard.find(doc, url)) {
      expect(item.placement).toBe('append');
      if (WITHOUT_FOOTER.includes(item.ref.key)) expect(item.anchor).toBe(item.container);
      else expect(item.anchor.getAttribute('data-testid')).toBe('platform-card.ui.card.card-content.footer');
      expect(item.container.contains(item.anchor)).toBe(true);
    }
  });

  it('leaves out the card still being created, which has no key yet', () => {
    const { doc, url } = loadFixture('cloud-board');
    expect(doc.getElementById('card-optimistic-7f3a')).not.toBeNull();
    const containers = jiraCloudBoard.find(doc, url).map((item) => item.container.id);
    expect(containers).not.toContain('card-optimistic-7f3a');
  });

  it('returns a hostile summary as plain text and never as markup', () => {
    const { doc, url } = loadFixture('cloud-board');
    const web7 = jiraCloudBoard.find(doc, url).find((item) => item.ref.key === 'WEB-7');
    expect(web7?.title).toBe(HOSTILE);
    expect(doc.querySelector('img[src="x"]')).toBeNull();
  });

  it('drops a card whose every key source is hostile', () => {
    const { doc, url } = loadFixture('cloud-board');
    const card = doc.getElementById('card-PAY-8')!;
    card.id = `card-${HOSTILE}`;
    card.querySelector('[data-testid$="common.ui.key.key"] span')!.textContent = HOSTILE;
    card.querySelector('a[href*="/browse/"]')!.setAttribute('href', 'javascript:alert(1)//browse/PAY-8');
    const keys = jiraCloudBoard.find(doc, url).map((item) => item.ref.key);
    expect(keys).toHaveLength(BOARD_KEYS.length - 1);
    expect(keys).not.toContain('PAY-8');
  });

  it('falls back to the key element, then to the link, when the id is gone', () => {
    const { doc, url } = loadFixture('cloud-board');
    doc.getElementById('card-PAY-2')!.removeAttribute('id');
    const card = doc.getElementById('card-PAY-7')!;
    card.removeAttribute('id');
    card.querySelector('[data-testid$="common.ui.key.key"]')!.removeAttribute('data-testid');
    const keys = jiraCloudBoard.find(doc, url).map((item) => item.ref.key);
    expect(keys.slice(0, 2)).toEqual(['PAY-2', 'PAY-7']);
  });

  it('finds a card React re-created, at its new anchor', () => {
    const { doc, url } = loadFixture('cloud-board');
    const old = doc.getElementById('card-PAY-3')!.closest('[data-testid="platform-board-kit.ui.card-container"]')!;
    const fresh = old.cloneNode(true) as Element;
    old.replaceWith(fresh);
    const pay3 = jiraCloudBoard.find(doc, url).filter((item) => item.ref.key === 'PAY-3');
    expect(pay3).toHaveLength(1);
    expect(fresh.contains(pay3[0]!.anchor)).toBe(true);
    expect(old.contains(pay3[0]!.anchor)).toBe(false);
  });

  it('reads a scanned subtree alone: the new card, or a part of one', () => {
    const { doc, url } = loadFixture('cloud-board');
    const card = doc.getElementById('card-WEB-2')!;
    expect(jiraCloudBoard.find(card, url).map((item) => item.ref.key)).toEqual(['WEB-2']);
    const footer = card.querySelector('[data-testid$="card-content.footer"]')!;
    expect(jiraCloudBoard.find(footer, url).map((item) => item.container)).toEqual([card]);
  });

  it('finds the cards under the side panel and the modal too', () => {
    const side = loadFixture('cloud-board-side-panel');
    expect(jiraCloudBoard.find(side.doc, side.url).map((item) => item.ref.key)).toEqual([
      ...['PAY-2', 'PAY-7', 'PAY-8', 'PAY-1', 'PAY-3', 'PAY-6', 'PAY-4', 'OPS-2', 'PAY-5', 'WEB-1'],
    ]);
    const modal = loadFixture('cloud-issue-modal');
    expect(jiraCloudBoard.find(modal.doc, modal.url).map((item) => item.ref.key)).toEqual([
      ...['WEB-3', 'WEB-6', 'WEB-2', 'WEB-5', 'WEB-1', 'WEB-4'],
    ]);
  });

  it('finds nothing on views without cards', () => {
    for (const name of [
      'cloud-issue-page',
      'cloud-backlog',
      'cloud-search',
      'cloud-timeline',
      'cloud-no-match',
    ] as const) {
      const { doc, url } = readFixture(name);
      expect(jiraCloudBoard.find(doc, url), name).toEqual([]);
    }
  });

  it('puts the summary after the controls bar, then the title, else nowhere', () => {
    const { doc, url } = loadFixture('cloud-board');
    const controls = doc.querySelector('[data-testid="software-board.header.controls-bar"]')!;
    expect(jiraCloudBoard.summaryAnchor?.(doc, url)).toBe(controls);
    controls.remove();
    expect(jiraCloudBoard.summaryAnchor?.(doc, url)?.getAttribute('data-testid')).toBe(
      'software-board.header.title.container',
    );
    doc.querySelector('[data-testid="software-board.header.title.container"]')!.remove();
    expect(jiraCloudBoard.summaryAnchor?.(doc, url)).toBeNull();
  });
});
