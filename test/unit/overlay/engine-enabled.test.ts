// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../lib/messages/protocol';
import type { AnnotateResult, ObjectiveSummary } from '../../../lib/model/annotation';
import { createOverlay, type Send } from '../../../lib/overlay/engine';
import type { Adapter } from '../../../lib/trackers/adapter';

const SITE = 'acme.atlassian.net';
const idOf = (key: string) => `jira:${SITE}:${key}`;

const cards: Adapter = {
  name: 'test-board',
  tracker: 'jira',
  applies: () => true,
  find: (root) =>
    [...root.querySelectorAll('.card[data-key]')].map((card) => ({
      ref: { tracker: 'jira' as const, site: SITE, key: card.getAttribute('data-key')! },
      anchor: card.querySelector('.footer') ?? card,
      placement: 'append' as const,
      kind: 'card' as const,
      container: card,
      url: `https://${SITE}/browse/${card.getAttribute('data-key')}`,
    })),
  summaryAnchor: (doc) => doc.querySelector('header'),
};

const GROW: ObjectiveSummary = { id: 'ob-grow', code: 'GROW-2', title: 'Grow', status: 'active', targets: [] };

function setup(linked: Record<string, string[]>) {
  document.body.innerHTML = `<header>Board</header>${['PAY-1', 'PAY-2']
    .map((key) => `<div class="card" data-key="${key}"><div class="footer"></div></div>`)
    .join('')}`;
  const types: string[] = [];
  const send = vi.fn(async (request: { type: string; items?: { id: string }[] }) => {
    types.push(request.type);
    if (request.type !== 'annotate') return { ok: true, data: {} };
    const result: AnnotateResult = { items: {}, objectives: { [GROW.id]: GROW }, facts: {}, fetch: [] };
    for (const { id } of request.items ?? [])
      result.items[id] = (linked[id] ?? []).map((objectiveId) => ({ objectiveId, via: 'link' as const }));
    return { ok: true, data: result } satisfies Reply<AnnotateResult>;
  }) as unknown as Send;
  const overlay = createOverlay({
    doc: document,
    adapters: [cards],
    send,
    url: () => new URL(`https://${SITE}/jira/software/c/projects/PAY/boards/1`),
    now: () => Date.parse('2026-11-25T10:00:00Z'),
    setTimeout: () => {},
  });
  return { overlay, types };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const ours = () =>
  document.querySelectorAll('[data-throughline-item], [data-throughline-summary], [data-throughline-container]');

describe('overlay engine turned off and on', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('removes every host, the summary and the container marks when turned off', async () => {
    const { overlay } = setup({ [idOf('PAY-1')]: [GROW.id] });
    overlay.scan();
    await settle();
    expect(document.querySelectorAll('[data-throughline-item]')).toHaveLength(2);
    overlay.setEnabled(false);
    expect(ours()).toHaveLength(0);
    expect(overlay.pageItems().items).toEqual([]);
  });

  it('stays silent while off: scans and refreshes add nothing, ask nothing and record nothing', async () => {
    const { overlay, types } = setup({ [idOf('PAY-1')]: [GROW.id] });
    overlay.setEnabled(false);
    overlay.scan();
    await overlay.refresh();
    await settle();
    expect(ours()).toHaveLength(0);
    expect(types.filter((type) => type === 'annotate' || type === 'recordSeen')).toEqual([]);
    expect(overlay.openPickerForFocus()).toBe(false);
  });

  it('scans again when turned back on, showing current states', async () => {
    const { overlay } = setup({ [idOf('PAY-2')]: [GROW.id] });
    overlay.scan();
    await settle();
    overlay.setEnabled(false);
    overlay.setEnabled(true);
    await settle();
    const hosts = [...document.querySelectorAll('[data-throughline-item]')];
    expect(hosts.map((host) => host.getAttribute('data-throughline-state'))).toEqual(['unaligned', 'aligned']);
    expect(document.querySelectorAll('[data-throughline-summary]')).toHaveLength(1);
  });

  it('shows chips on the first turn-on when it started off (the content script waits for the settings)', async () => {
    const { overlay } = setup({});
    overlay.setEnabled(false);
    overlay.setEnabled(true);
    await settle();
    expect(document.querySelectorAll('[data-throughline-item]')).toHaveLength(2);
  });

  it('ignores turning on after it was destroyed', async () => {
    const { overlay } = setup({});
    overlay.setEnabled(false);
    overlay.destroy();
    overlay.setEnabled(true);
    await settle();
    expect(ours()).toHaveLength(0);
  });
});

describe('overlay engine waiting for the settings', () => {
  it('reads and asks while waiting, places nothing, and places at once when the tracker is on', async () => {
    const { overlay, types } = setup({ [idOf('PAY-1')]: [GROW.id] });
    overlay.holdUntilEnabled();
    overlay.scan();
    await settle();
    expect(types).toContain('annotate');
    expect(ours()).toHaveLength(0);
    overlay.setEnabled(true);
    expect(document.querySelectorAll('[data-throughline-item]')).toHaveLength(2);
    expect(types.filter((type) => type === 'annotate')).toHaveLength(1);
  });

  it('leaves nothing when the settings say the tracker is off', async () => {
    const { overlay } = setup({});
    overlay.holdUntilEnabled();
    overlay.scan();
    await settle();
    overlay.setEnabled(false);
    expect(ours()).toHaveLength(0);
  });
});
