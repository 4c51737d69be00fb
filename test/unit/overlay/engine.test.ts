// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../lib/messages/protocol';
import type { AnnotateResult, ObjectiveSummary } from '../../../lib/model/annotation';
import { createOverlay, type Send } from '../../../lib/overlay/engine';
import type { Adapter } from '../../../lib/trackers/adapter';

const SITE = 'acme.atlassian.net';
const idOf = (key: string) => `jira:${SITE}:${key}`;

/** A toy adapter: `.card[data-key]`, chips go into `.footer`. */
const cards: Adapter = {
  name: 'test-board',
  tracker: 'jira',
  applies: () => true,
  find: (root) =>
    [
      ...(root instanceof Element && root.matches('.card[data-key]') ? [root] : []),
      ...root.querySelectorAll('.card[data-key]'),
    ].map((card) => ({
      ref: { tracker: 'jira' as const, site: SITE, key: card.getAttribute('data-key')! },
      anchor: card.querySelector('.footer') ?? card,
      placement: 'append' as const,
      kind: 'card' as const,
      container: card,
      title: card.querySelector('.title')?.textContent ?? undefined,
      url: `https://${SITE}/browse/${card.getAttribute('data-key')}`,
    })),
  summaryAnchor: (doc) => doc.querySelector('header'),
};

const GROW: ObjectiveSummary = {
  id: 'ob-grow',
  code: 'GROW-2',
  title: 'Increase self-serve revenue',
  status: 'active',
  targets: [],
};

function board(keys: string[]): void {
  document.body.innerHTML = `<header>Board</header>${keys
    .map(
      (key) =>
        `<div class="card" data-key="${key}"><span class="title">Work on ${key}</span><div class="footer"></div></div>`,
    )
    .join('')}`;
}

function setup(
  linked: Record<string, string[]>,
  adapters: Adapter[] = [cards],
  timers: (() => void)[] = [],
  renderSlice?: number,
) {
  const requests: unknown[] = [];
  const send = vi.fn(async (request: { type: string; items?: { id: string }[] }) => {
    requests.push(request);
    if (request.type === 'annotate') {
      const result: AnnotateResult = { items: {}, objectives: { [GROW.id]: GROW }, facts: {}, fetch: [] };
      for (const { id } of request.items ?? [])
        result.items[id] = (linked[id] ?? []).map((objectiveId) => ({ objectiveId, via: 'link' as const }));
      return { ok: true, data: result } satisfies Reply<AnnotateResult>;
    }
    return { ok: true, data: {} };
  }) as unknown as Send;
  const overlay = createOverlay({
    doc: document,
    adapters,
    send,
    url: () => new URL(`https://${SITE}/jira/software/c/projects/PAY/boards/1`),
    now: () => Date.parse('2026-11-25T10:00:00Z'),
    setTimeout: (fn) => void timers.push(fn),
    renderSlice,
  });
  return { overlay, send, requests };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const hostsOf = (key: string) => document.querySelectorAll(`[data-throughline-item="${idOf(key)}"]`);

describe('overlay engine', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('gives each found item exactly one host with its state, after one batched request', async () => {
    board(['PAY-1', 'PAY-2', 'PAY-3']);
    const { overlay, requests } = setup({ [idOf('PAY-2')]: [GROW.id] });
    overlay.scan();
    overlay.scan();
    await settle();
    expect(requests.filter((request) => (request as { type: string }).type === 'annotate')).toHaveLength(1);
    for (const key of ['PAY-1', 'PAY-2', 'PAY-3']) expect(hostsOf(key)).toHaveLength(1);
    expect(hostsOf('PAY-2')[0]!.getAttribute('data-throughline-state')).toBe('aligned');
    expect(hostsOf('PAY-1')[0]!.getAttribute('data-throughline-state')).toBe('unaligned');
    expect(hostsOf('PAY-2')[0]!.shadowRoot!.textContent).toContain('GROW-2');
  });

  it('re-applies the host when a card is re-created under the same key, and leaves none behind', async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay } = setup({});
    overlay.scan();
    await settle();
    const old = document.querySelector('[data-key="PAY-1"]')!;
    const fresh = old.cloneNode(false) as Element;
    fresh.innerHTML = '<div class="footer"></div>';
    old.replaceWith(fresh);
    document.querySelector('[data-key="PAY-2"]')!.remove();
    overlay.scan();
    await settle();
    expect(hostsOf('PAY-1')).toHaveLength(1);
    expect(fresh.contains(hostsOf('PAY-1')[0]!)).toBe(true);
    expect(hostsOf('PAY-2')).toHaveLength(0);
  });

  it('shows one summary with the counts over the items found', async () => {
    board(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4']);
    const { overlay } = setup({ [idOf('PAY-1')]: [GROW.id], [idOf('PAY-3')]: [GROW.id] });
    overlay.scan();
    await settle();
    const summaries = document.querySelectorAll('[data-throughline-summary]');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.getAttribute('data-aligned')).toBe('2');
    expect(summaries[0]!.getAttribute('data-total')).toBe('4');
    expect(summaries[0]!.previousElementSibling?.tagName).toBe('HEADER');
    expect(summaries[0]!.shadowRoot!.textContent).toContain('2 of 4');
  });

  it('fetches the facts the background asks for, and counts only once they are in', async () => {
    board(['PAY-1', 'PAY-2']);
    let factsIn = false;
    const requestFacts = vi.fn();
    const send = vi.fn(async (request: { type: string; items?: { id: string }[] }) => {
      if (request.type !== 'annotate') return { ok: true, data: {} };
      const result: AnnotateResult = { items: {}, objectives: { [GROW.id]: GROW }, facts: {}, fetch: [] };
      for (const { id } of request.items ?? []) result.items[id] = [];
      if (factsIn) result.items[idOf('PAY-2')] = [{ objectiveId: GROW.id, via: 'rule', ruleId: 'ru-1' }];
      else {
        result.fetch = [idOf('PAY-2')];
        result.facts[idOf('PAY-2')] = { state: 'fetching' };
      }
      return { ok: true, data: result } satisfies Reply<AnnotateResult>;
    }) as unknown as Send;
    const overlay = createOverlay({
      doc: document,
      adapters: [cards],
      send,
      url: () => new URL(`https://${SITE}/jira/software/c/projects/PAY/boards/1`),
      now: () => 0,
      setTimeout: () => {},
      requestFacts,
    });
    overlay.scan();
    await settle();
    expect(requestFacts).toHaveBeenCalledWith([idOf('PAY-2')]);
    expect(hostsOf('PAY-2')).toHaveLength(1);
    expect(document.querySelector('[data-throughline-summary]')).toBeNull();
    factsIn = true;
    await overlay.refresh();
    expect(hostsOf('PAY-2')[0]!.getAttribute('data-throughline-state')).toBe('aligned');
    expect(document.querySelector('[data-throughline-summary]')?.getAttribute('data-aligned')).toBe('1');
  });

  it('renders hostile page text only as text', async () => {
    document.body.innerHTML =
      '<div class="card" data-key="PAY-9"><span class="title">&lt;img src=x onerror=alert(1)&gt;</span><div class="footer"></div></div>';
    const { overlay } = setup({});
    overlay.scan();
    await settle();
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(overlay.pageItems().items[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('fails soft: an adapter that throws or finds nothing adds nothing and raises nothing', async () => {
    board(['PAY-1']);
    const broken: Adapter = {
      ...cards,
      name: 'broken',
      find: () => {
        throw new Error('markup changed');
      },
    };
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { overlay, requests } = setup({}, [broken]);
    expect(() => overlay.scan()).not.toThrow();
    await settle();
    expect(document.querySelectorAll('throughline-item, [data-throughline-summary]')).toHaveLength(0);
    expect(requests).toHaveLength(0);
  });

  it('asks again about every item on refresh and re-renders the changed ones', async () => {
    board(['PAY-1']);
    const linked: Record<string, string[]> = {};
    const { overlay } = setup(linked);
    overlay.scan();
    await settle();
    expect(hostsOf('PAY-1')[0]!.getAttribute('data-throughline-state')).toBe('unaligned');
    linked[idOf('PAY-1')] = [GROW.id];
    await overlay.refresh();
    expect(hostsOf('PAY-1')[0]!.getAttribute('data-throughline-state')).toBe('aligned');
    expect(document.querySelector('[data-throughline-summary]')!.getAttribute('data-aligned')).toBe('1');
  });

  it('follows DOM changes piecemeal: re-created, removed, re-rendered and new cards', async () => {
    board(['PAY-1', 'PAY-2', 'PAY-3']);
    const { overlay, requests } = setup({});
    overlay.scan();
    await settle();
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(document.body, { childList: true, subtree: true });
    const old = document.querySelector('[data-key="PAY-1"]')!;
    const fresh = old.cloneNode(false) as Element;
    fresh.innerHTML = '<div class="footer"></div>';
    old.replaceWith(fresh);
    document.querySelector('[data-key="PAY-2"]')!.remove();
    document.querySelector('[data-key="PAY-3"] throughline-item')!.remove();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div class="card" data-key="PAY-4"><div class="footer"></div></div>',
    );
    await settle();
    observer.disconnect();
    overlay.update(records);
    await settle();
    expect(hostsOf('PAY-1')).toHaveLength(1);
    expect(fresh.contains(hostsOf('PAY-1')[0]!)).toBe(true);
    expect(hostsOf('PAY-2')).toHaveLength(0);
    expect(hostsOf('PAY-3')).toHaveLength(1);
    expect(hostsOf('PAY-4')).toHaveLength(1);
    const annotateRequests = requests.filter((request) => (request as { type: string }).type === 'annotate');
    expect(annotateRequests).toHaveLength(2);
    expect((annotateRequests[1] as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([idOf('PAY-4')]);
    expect(document.querySelector('[data-throughline-summary]')!.getAttribute('data-total')).toBe('3');
  });

  it('places the hosts of a big board in slices, one task each, and counts once all are placed', async () => {
    const keys = Array.from({ length: 700 }, (_, index) => `PAY-${index + 1}`);
    board(keys);
    const timers: (() => void)[] = [];
    const { overlay } = setup({}, [cards], timers, 300);
    overlay.scan();
    await settle();
    const count = () => document.querySelectorAll('throughline-item').length;
    const slices = [count()];
    // The first timer is the seen-items flush (3 s later); the slices queue after it.
    while (count() < 700 && timers.length > 0) {
      expect(document.querySelector('[data-throughline-summary]')).toBeNull();
      timers.pop()!();
      slices.push(count());
    }
    expect(slices).toEqual([300, 600, 700]);
    expect(document.querySelector('[data-throughline-summary]')!.getAttribute('data-total')).toBe('700');
  });

  it("builds an unaligned card's chips only when the card is hovered or focused", async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay } = setup({ [idOf('PAY-2')]: [GROW.id] });
    overlay.scan();
    await settle();
    const unaligned = hostsOf('PAY-1')[0]!;
    expect(unaligned.getAttribute('data-throughline-state')).toBe('unaligned');
    expect(unaligned.shadowRoot!.childNodes).toHaveLength(0);
    expect(hostsOf('PAY-2')[0]!.shadowRoot!.textContent).toContain('GROW-2');
    document
      .querySelector('[data-key="PAY-1"] .title')!
      .dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(unaligned.shadowRoot!.querySelector('button')?.getAttribute('aria-label')).toBe(
      'Link PAY-1 to an objective',
    );
  });

  it('removes everything it added when destroyed', async () => {
    board(['PAY-1']);
    const { overlay } = setup({});
    overlay.scan();
    await settle();
    overlay.destroy();
    expect(
      document.querySelectorAll('throughline-item, [data-throughline-summary], [data-throughline-container]'),
    ).toHaveLength(0);
  });
});
