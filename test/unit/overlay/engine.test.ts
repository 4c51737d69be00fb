// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLOATING_UI_PART } from '../../../lib/overlay/floating-ui-part';
import { defineAdapter } from '../../../lib/trackers/adapter';
import {
  board,
  byPerson,
  cardHtml,
  cards,
  clockStepping,
  GROW,
  harness,
  hostsOf,
  idOf,
  PAGE_URL,
  SITE,
  settle,
  stateOf,
  summaryCounts,
} from './overlay-harness';

let stop: (() => void) | null = null;
function start(...args: Parameters<typeof harness>) {
  const running = harness(...args);
  stop = running.stop;
  return running;
}

/** Adds a whole column of cards PAY-1 to PAY-`count` at once, as one subtree. */
function addColumn(count: number): void {
  const keys = Array.from({ length: count }, (_, index) => `PAY-${index + 1}`);
  document
    .querySelector('main')!
    .insertAdjacentHTML('beforeend', `<div class="column">${keys.map(cardHtml).join('')}</div>`);
}

/**
 * Adds a column of 400 cards to a board of one and runs the pieces that
 * follow, each look at the clock saying another quarter of a millisecond went
 * by (what a piece places follows its slice): how many hosts the first piece
 * placed, then each piece run as a frame started.
 */
async function columnPlacedPerPiece(timers: { frameStarts(): number }): Promise<number[]> {
  const placed = () => document.querySelectorAll('throughline-item').length - 1;
  addColumn(400);
  const slice = clockStepping(0.25);
  await settle();
  const perPiece = [placed()];
  while (timers.frameStarts() > 0) perPiece.push(placed() - perPiece.reduce((sum, count) => sum + count, 0));
  slice.mockRestore();
  return perPiece;
}

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  stop?.();
  stop = null;
});

describe('overlay engine: find, resolve, place', () => {
  it('gives each item exactly one host with its state, resolved in the page without asking the background', async () => {
    board(['PAY-1', 'PAY-2', 'PAY-3']);
    const { send } = start({ links: { [idOf('PAY-2')]: [GROW.id] } });
    await settle();
    for (const key of ['PAY-1', 'PAY-2', 'PAY-3']) expect(hostsOf(key)).toHaveLength(1);
    expect(stateOf('PAY-2')).toBe('aligned');
    expect(stateOf('PAY-1')).toBe('unaligned');
    expect(hostsOf('PAY-2')[0]!.shadowRoot!.textContent).toContain('GROW-2');
    expect(hostsOf('PAY-2')[0]!.closest('.card')?.getAttribute('data-key')).toBe('PAY-2');
    expect(vi.mocked(send).mock.calls.map(([request]) => request.type)).not.toContain('annotate');
  });

  it('aligns by rule from the page facts, with the same resolver the background uses', async () => {
    board(['PAY-1', 'OPS-1']);
    start({
      rules: [
        { id: 'ru', objectiveId: GROW.id, tracker: 'jira', match: { kind: 'project', value: 'OPS' }, enabled: true },
      ],
    });
    await settle();
    expect(stateOf('OPS-1')).toBe('aligned');
    expect(stateOf('PAY-1')).toBe('unaligned');
  });

  it("times the tracker's requests it starts from the background's answer as its own work", async () => {
    board(['PAY-1']);
    const { requestFacts, work, timers } = start({ fetch: (ids) => ids });
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    requestFacts.mockImplementation(() => {
      clock += 7;
    });
    await settle(timers);
    expect(requestFacts).toHaveBeenCalledWith([idOf('PAY-1')]);
    expect(work.take().longest).toBeGreaterThanOrEqual(7);
  });

  it('times handing over the items it saw as its own work, though it runs outside any piece', async () => {
    board(['PAY-1']);
    const { overlay, send, work, timers } = start();
    await settle(timers);
    work.take();
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const answer = vi.mocked(send).getMockImplementation()!;
    vi.mocked(send).mockImplementation(async (request) => {
      if (request.type === 'recordSeen') clock += 5;
      return answer(request);
    });
    overlay.flushSeen();
    expect(send).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'recordSeen' }));
    expect(work.take()).toMatchObject({ pieces: 1, longest: 5 });
  });

  it('hands over a whole batch of the items it saw in its own work, when no idle moment comes', async () => {
    board(Array.from({ length: 1300 }, (_, n) => `PAY-${n + 1}`));
    const { overlay, send, timers } = start({ ready: false });
    const seen = () =>
      vi
        .mocked(send)
        .mock.calls.flatMap(([request]) => (request.type === 'recordSeen' ? [request.seen.ids.length] : []));
    // Each look at the clock says another 2 ms went by: the board is read in many pieces.
    const slice = clockStepping(2);
    overlay.setEnabled(true);
    while (timers.flush() > 0) await settle();
    slice.mockRestore();
    // The test's idle moments never come: whole batches went with the work that read the board.
    expect(seen()).toEqual([250, 250, 250, 250, 250]);
    overlay.flushSeen();
    expect(seen()).toEqual([250, 250, 250, 250, 250, 50]);
  });

  it('fetches the facts the background asks for, counts once they are in, and aligns by them', async () => {
    board(['PAY-1', 'PAY-2', 'PAY-3']);
    const { overlay, requestFacts, resolve, send, timers } = start({
      rules: [
        { id: 'ru', objectiveId: GROW.id, tracker: 'jira', match: { kind: 'label', value: 'growth' }, enabled: true },
      ],
      fetch: (ids) => ids.filter((id) => id !== idOf('PAY-1')),
    });
    await settle(timers);
    expect(send).toHaveBeenCalledWith({
      type: 'keepFacts',
      items: ['PAY-1', 'PAY-2', 'PAY-3'].map((key) => ({ id: idOf(key) })),
    });
    expect(requestFacts).toHaveBeenCalledWith([idOf('PAY-2'), idOf('PAY-3')]);
    // Hosts are there at once; the counts wait for the facts that may still align a card.
    expect(stateOf('PAY-2')).toBe('unaligned');
    expect(summaryCounts()).toBeNull();
    overlay.factsReported({ facts: [{ id: idOf('PAY-2'), facts: { labels: ['growth'] } }], failures: [] });
    expect(stateOf('PAY-2')).toBe('aligned');
    await settle(timers);
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'recordFacts' }));
    expect(summaryCounts()).toBeNull();
    overlay.factsReported({ facts: [], failures: [{ ids: [idOf('PAY-3')], reason: 'signed out', wholeSite: true }] });
    await settle(timers);
    expect(summaryCounts()).toEqual({ aligned: '1', total: '3' });
    // Facts another tab fetched arrive from the background, and align here too.
    resolve.addFacts([{ id: idOf('PAY-3'), facts: { labels: ['growth'] }, fetchedAt: '2026-11-25T10:00:00.000Z' }]);
    await settle(timers);
    expect(summaryCounts()).toEqual({ aligned: '2', total: '3' });
  });

  it('resolves again only the items whose answers the arriving facts bear on', async () => {
    const keys = Array.from({ length: 50 }, (_, index) => `PAY-${index + 1}`);
    board(keys);
    const { resolve, timers } = start({
      rules: [
        { id: 'ru', objectiveId: GROW.id, tracker: 'jira', match: { kind: 'label', value: 'growth' }, enabled: true },
      ],
    });
    await settle(timers);
    const asked = vi.spyOn(resolve, 'resolve');
    const resolvedIds = () => asked.mock.calls.flatMap(([items]) => items.map((item) => item.id));
    const fetchedAt = '2026-11-25T10:00:00.000Z';
    resolve.addFacts([{ id: idOf('PAY-2'), facts: { parent: 'PAY-100' }, fetchedAt }]);
    await settle(timers);
    expect(resolvedIds()).toEqual([idOf('PAY-2')]);
    asked.mockClear();
    // The parent is not on the board: its facts reach the card under it, and no other.
    resolve.addFacts([{ id: idOf('PAY-100'), facts: { labels: ['growth'] }, fetchedAt }]);
    await settle(timers);
    expect(resolvedIds()).toEqual([idOf('PAY-2')]);
    expect(stateOf('PAY-2')).toBe('aligned');
    expect(stateOf('PAY-3')).toBe('unaligned');
    expect(summaryCounts()).toEqual({ aligned: '1', total: '50' });
  });

  it('places nothing until the index has come, then everything at once', async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay, loadIndex } = start({ ready: false });
    overlay.setEnabled(true);
    await settle();
    expect(document.querySelectorAll('throughline-item')).toHaveLength(0);
    expect(overlay.pageItems().items.map((item) => item.state)).toEqual(['pending', 'pending']);
    loadIndex({ [idOf('PAY-1')]: [GROW.id] });
    await settle();
    expect([stateOf('PAY-1'), stateOf('PAY-2')]).toEqual(['aligned', 'unaligned']);
  });

  it("tells the popup each item's alignments and their objectives, as the chips show them", async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay, loadIndex } = start({ ready: false });
    overlay.setEnabled(true);
    loadIndex({ [idOf('PAY-1')]: [GROW.id] });
    await settle();
    const reply = overlay.pageItems();
    expect(reply.items.map(({ id, state, alignments }) => ({ id, state, alignments }))).toEqual([
      {
        id: idOf('PAY-1'),
        state: 'aligned',
        alignments: [expect.objectContaining({ objectiveId: GROW.id, via: 'link' })],
      },
      { id: idOf('PAY-2'), state: 'unaligned', alignments: [] },
    ]);
    expect(reply.objectives).toEqual({ [GROW.id]: GROW });
  });

  it('follows a new index: states, chips and counts change in place', async () => {
    board(['PAY-1']);
    const { loadIndex, timers } = start();
    await settle(timers);
    expect(stateOf('PAY-1')).toBe('unaligned');
    loadIndex({ [idOf('PAY-1')]: [GROW.id] });
    await settle(timers);
    expect(stateOf('PAY-1')).toBe('aligned');
    expect(hostsOf('PAY-1')).toHaveLength(1);
    expect(summaryCounts()).toEqual({ aligned: '1', total: '1' });
  });

  it('takes facts in with a short slice of page reading, when much of the page is still to read', async () => {
    const keys = Array.from({ length: 600 }, (_, index) => `PAY-${index + 1}`);
    board(keys);
    const { overlay, loadIndex, resolve, timers } = start({ ready: false });
    // Each look at the clock says another 50 microseconds went by.
    const slice = clockStepping(0.05);
    loadIndex({});
    overlay.setEnabled(true);
    const placed = () => document.querySelectorAll('[data-throughline-item]').length;
    const byFullSlice = placed();
    expect(byFullSlice).toBeGreaterThan(0);
    expect(byFullSlice).toBeLessThan(600);
    resolve.addFacts([{ id: idOf('PAY-1'), facts: { labels: ['growth'] }, fetchedAt: '2026-11-25T10:00:00.000Z' }]);
    const byArrival = placed() - byFullSlice;
    expect(byArrival).toBeGreaterThan(0);
    expect(byArrival).toBeLessThan(byFullSlice / 2);
    slice.mockReturnValue(0);
    while (timers.flush() > 0) await settle();
    expect(placed()).toBe(600);
  });

  it('follows a new index on a big board a batch at a time, missing no card the page adds or keeps meanwhile', async () => {
    const keys = Array.from({ length: 300 }, (_, index) => `PAY-${index + 1}`);
    board(keys);
    const { loadIndex, timers } = start();
    await settle(timers);
    // Each look at the clock says another 10 ms went by: a slice resolves a batch or two.
    const slice = clockStepping(10);
    loadIndex(Object.fromEntries([...keys, 'PAY-301'].map((key) => [idOf(key), [GROW.id]])));
    const aligned = () => document.querySelectorAll('[data-throughline-state="aligned"]').length;
    // The piece that took the index in is past its slice by its first look at the clock, and its cards have their
    // hosts already: it resolves none of them, the next piece does.
    expect(aligned()).toBe(0);
    timers.frameStarts();
    expect(aligned()).toBeGreaterThan(0);
    expect(aligned()).toBeLessThan(300);
    document.querySelector('[data-key="PAY-300"]')!.remove();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-301'));
    slice.mockReturnValue(0);
    while (timers.flush() > 0) await settle();
    expect(hostsOf('PAY-300')).toHaveLength(0);
    expect(stateOf('PAY-301')).toBe('aligned');
    expect(aligned()).toBe(300);
    expect(summaryCounts()).toEqual({ aligned: '300', total: '300' });
  }, 30_000);

  it('hosts the cards the page adds, in the same task, and drops the ones it removes', async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay, timers } = start();
    await settle(timers);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-3'));
    document.querySelector('[data-key="PAY-1"]')!.remove();
    // The observer's callback is a microtask: the host is there before the next task, let alone the next frame.
    await Promise.resolve();
    expect(hostsOf('PAY-3')).toHaveLength(1);
    expect(hostsOf('PAY-1')).toHaveLength(0);
    expect(overlay.pageItems().items.map((item) => item.id)).toEqual([idOf('PAY-2'), idOf('PAY-3')]);
    expect(summaryCounts()).toEqual({ aligned: '0', total: '2' });
  });

  it('tells the background about new cards in a task after the one that placed their hosts, or as the page goes', async () => {
    board(['PAY-1']);
    const { overlay, send, timers } = start();
    await settle(timers);
    const told = () =>
      vi
        .mocked(send)
        .mock.calls.flatMap(([request]) =>
          request.type === 'keepFacts' ? [request.items?.map((item) => item.id)] : [],
        );
    expect(told()).toEqual([[idOf('PAY-1')]]);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-2'));
    await settle();
    expect(hostsOf('PAY-2')).toHaveLength(1);
    expect(told()).toEqual([[idOf('PAY-1')]]);
    timers.flush();
    expect(told()).toEqual([[idOf('PAY-1')], [idOf('PAY-2')]]);
    // Leaving before that task: a card the page showed nothing of is not told (the background would lease this tab a
    // fetch it can no longer make); a page that comes back from the back-forward cache tells it in that task.
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-3'));
    await settle();
    expect(hostsOf('PAY-3')).toHaveLength(1);
    overlay.flushSeen();
    expect(send).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'recordSeen' }));
    expect(told()).toHaveLength(2);
    timers.flush();
    expect(told()).toEqual([[idOf('PAY-1')], [idOf('PAY-2')], [idOf('PAY-3')]]);
  });

  it('tells the background nothing while a big board is still being read, then a batch a task', async () => {
    const keys = Array.from({ length: 1300 }, (_, index) => `PAY-${index + 1}`);
    board(keys);
    const { overlay, loadIndex, send, timers } = start({ ready: false });
    const placed = () => document.querySelectorAll('[data-throughline-item]').length;
    // Each task the overlay queues is numbered as it runs: the first piece, in `setEnabled`, is task 0.
    let task = 0;
    const { soon, soonOrFrame } = timers;
    const numbered =
      <Args extends unknown[]>(fn: (...args: Args) => void) =>
      (...args: Args) => {
        task++;
        fn(...args);
      };
    timers.soon = (fn) => soon(numbered(fn));
    timers.soonOrFrame = (fn) => soonOrFrame(numbered(fn));
    const answer = vi.mocked(send).getMockImplementation()!;
    const told: { size: number; placed: number; task: number }[] = [];
    vi.mocked(send).mockImplementation(async (request) => {
      if (request.type === 'keepFacts') told.push({ size: request.items?.length ?? 0, placed: placed(), task });
      return answer(request);
    });
    // Each look at the clock says another 2 ms went by: the board is read in many pieces.
    const slice = clockStepping(2);
    loadIndex({});
    overlay.setEnabled(true);
    while (timers.flush() > 0) await settle();
    slice.mockRestore();
    expect(placed()).toBe(1300);
    expect(told.map(({ size }) => size)).toEqual([250, 250, 250, 250, 250, 50]);
    expect(told.every((telling) => telling.placed === 1300)).toBe(true);
    expect(told[0]!.task).toBeGreaterThan(2);
    expect(new Set(told.map((telling) => telling.task)).size).toBe(told.length);
  });

  it('keeps one host per card when the page re-creates cards, or re-renders their insides', async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay } = start();
    await settle();
    const old = document.querySelector('[data-key="PAY-1"]')!;
    old.insertAdjacentHTML('afterend', cardHtml('PAY-1'));
    old.remove();
    const second = document.querySelector('[data-key="PAY-2"]')!;
    const secondHost = hostsOf('PAY-2')[0];
    const before = overlay.pageItems().items.find((item) => item.id === idOf('PAY-2'));
    second.innerHTML = '<span class="title">Renamed</span><div class="footer"></div>';
    await Promise.resolve();
    expect(hostsOf('PAY-1')).toHaveLength(1);
    expect(hostsOf('PAY-1')[0]!.parentElement?.className).toBe('footer');
    expect(hostsOf('PAY-2')).toHaveLength(1);
    expect(second.querySelector('.footer throughline-item')).not.toBeNull();
    // The card stayed: its item is read again where it is, and keeps its host.
    expect(hostsOf('PAY-2')[0]).toBe(secondHost);
    expect(overlay.pageItems().items.find((item) => item.id === idOf('PAY-2'))?.title).toBe('Renamed');
    expect(before?.title).toBe('Work on PAY-2');
  });

  it("moves the host of a card the page re-creates into the new card, and a left card's host into a new one", async () => {
    board(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-4']);
    const { timers } = start({ links: { [idOf('PAY-1')]: [GROW.id], [idOf('PAY-5')]: [GROW.id] } });
    await settle(timers);
    const recreated = hostsOf('PAY-1')[0]!;
    const chips = recreated.shadowRoot!.lastElementChild;
    // PAY-2 unaligned but hovered: its chips are built.
    const hover = new MouseEvent('mouseover', { bubbles: true, composed: true });
    byPerson.add(hover);
    document.querySelector('[data-key="PAY-2"] .title')!.dispatchEvent(hover);
    const revealed = hostsOf('PAY-2')[0]!;
    expect(revealed.shadowRoot!.childNodes).toHaveLength(1);
    const plain = hostsOf('PAY-3')[0]!;
    expect(plain.shadowRoot!.childNodes).toHaveLength(0);

    const replace = (key: string, by: string) => {
      const old = document.querySelector(`[data-key="${key}"]`)!;
      old.insertAdjacentHTML('afterend', cardHtml(by));
      old.remove();
    };
    replace('PAY-1', 'PAY-1');
    replace('PAY-2', 'PAY-6');
    await Promise.resolve();
    // The same key: the same host, its chips not built again.
    expect(hostsOf('PAY-1')).toHaveLength(1);
    expect(hostsOf('PAY-1')[0]).toBe(recreated);
    expect(recreated.shadowRoot!.lastElementChild).toBe(chips);
    expect(recreated.closest('.card')!.isConnected).toBe(true);
    // Another item, unaligned and never hovered: a host that showed chips comes empty, as a new one would.
    expect(hostsOf('PAY-6')[0]).toBe(revealed);
    expect(stateOf('PAY-6')).toBe('unaligned');
    expect(revealed.shadowRoot!.childNodes).toHaveLength(0);
    expect(revealed.hasAttribute('data-chips')).toBe(false);

    await settle(timers);
    replace('PAY-3', 'PAY-5');
    await Promise.resolve();
    // An empty host, for an item aligned: its chips are built.
    expect(hostsOf('PAY-5')[0]).toBe(plain);
    expect(stateOf('PAY-5')).toBe('aligned');
    expect(plain.shadowRoot!.querySelector('.add')?.getAttribute('aria-label')).toContain('PAY-5');

    // Kept only for the work that dropped their items: a card added in a later change gets a host of its own.
    const left = hostsOf('PAY-4')[0]!;
    document.querySelector('[data-key="PAY-4"]')!.remove();
    await settle(timers);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-7'));
    await Promise.resolve();
    expect(hostsOf('PAY-7')).toHaveLength(1);
    expect(hostsOf('PAY-7')[0]).not.toBe(left);
    expect(document.querySelectorAll('throughline-item')).toHaveLength(4);
  });

  it("hands each host of a scroll's dropped cards to one new card, never one host to two", async () => {
    const keys = Array.from({ length: 12 }, (_, n) => `PAY-${n + 1}`);
    board(keys);
    const { timers } = start();
    await settle(timers);
    const dropped = keys.slice(0, 6);
    const oldHosts = dropped.map((key) => hostsOf(key)[0]!);
    const main = document.querySelector('main')!;
    // One change: six cards leave at the top, six never seen come at the bottom, one card leaves and comes back.
    for (const key of dropped) document.querySelector(`[data-key="${key}"]`)!.remove();
    const kept = document.querySelector('[data-key="PAY-7"]')!;
    const keptHost = hostsOf('PAY-7')[0]!;
    kept.remove();
    const added = Array.from({ length: 6 }, (_, n) => `PAY-${n + 20}`);
    main.insertAdjacentHTML('beforeend', added.map(cardHtml).join(''));
    main.append(kept);
    await Promise.resolve();
    const newHosts = added.map((key) => hostsOf(key));
    expect(newHosts.every((hosts) => hosts.length === 1)).toBe(true);
    expect(new Set(newHosts.map((hosts) => hosts[0]))).toEqual(new Set(oldHosts));
    expect(hostsOf('PAY-7')).toHaveLength(1);
    expect(hostsOf('PAY-7')[0]).toBe(keptHost);
    expect(document.querySelectorAll('throughline-item')).toHaveLength(12 - 6 + 6);
  });

  it('leaves a removed card its host, which a card put back keeps, in the same change or a later one', async () => {
    board(['PAY-1', 'PAY-2', 'PAY-3']);
    const { timers } = start();
    await settle(timers);
    const main = document.querySelector('main')!;
    const first = document.querySelector('[data-key="PAY-1"]')!;
    const firstHost = hostsOf('PAY-1')[0]!;
    // Moved to the end (removed and put back in one change), beside a card the page adds: the new card gets a host
    // of its own, the moved one keeps its host, not handed to the new card as a spare.
    first.remove();
    main.insertAdjacentHTML('beforeend', cardHtml('PAY-4'));
    main.append(first);
    await Promise.resolve();
    expect(hostsOf('PAY-1')).toHaveLength(1);
    expect(hostsOf('PAY-1')[0]).toBe(firstHost);
    expect(first.contains(firstHost)).toBe(true);
    expect(hostsOf('PAY-4')).toHaveLength(1);
    expect(hostsOf('PAY-4')[0]).not.toBe(firstHost);
    // Taken out for a while (a virtualized list keeps the node) and put back in a later change.
    await settle(timers);
    const second = document.querySelector('[data-key="PAY-2"]')!;
    const secondHost = hostsOf('PAY-2')[0]!;
    second.remove();
    await settle(timers);
    expect(second.contains(secondHost)).toBe(true);
    main.prepend(second);
    await settle(timers);
    expect(hostsOf('PAY-2')).toHaveLength(1);
    expect(hostsOf('PAY-2')[0]).toBe(secondHost);
    expect(document.querySelectorAll('throughline-item')).toHaveLength(4);
  });

  it('tells the seen items and the facts of a change after the piece that placed their hosts, the counts waiting', async () => {
    board(['PAY-1']);
    const { overlay, send, timers } = start();
    await settle(timers);
    expect(summaryCounts()).toEqual({ aligned: '0', total: '1' });
    vi.mocked(send).mockClear();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-2'));
    await Promise.resolve();
    expect(hostsOf('PAY-2')).toHaveLength(1);
    // Not told yet: the counts wait for the answer about its facts, and show no half-finished state meanwhile.
    expect(summaryCounts()).toEqual({ aligned: '0', total: '1' });
    timers.flush();
    expect(vi.mocked(send).mock.calls.some(([request]) => request.type === 'keepFacts')).toBe(true);
    await settle(timers);
    expect(summaryCounts()).toEqual({ aligned: '0', total: '2' });
    // The page going before that task: what it saw is handed over all the same.
    vi.mocked(send).mockClear();
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-3'));
    await Promise.resolve();
    overlay.flushSeen();
    const seen = vi.mocked(send).mock.calls.flatMap(([request]) => (request.type === 'recordSeen' ? [request] : []));
    expect(JSON.stringify(seen)).toContain(idOf('PAY-3'));
  });

  it('hands over the address an item was seen at, though the page moved on before the queue did', async () => {
    // A detail view that names no address of its own: the item's is the page's, at the time it was seen.
    const detail = defineAdapter({
      name: 'test-detail',
      tracker: 'jira',
      applies: () => true,
      page: () => ({ site: SITE }),
      container: '.card[data-key]',
      marker: '.card[data-key]',
      read: (card, page) => ({
        ref: { tracker: 'jira', site: page.site, key: card.getAttribute('data-key')! },
        anchor: card,
        placement: 'append',
        kind: 'detail',
        container: card,
      }),
    });
    board(['PAY-1']);
    let url = `${PAGE_URL}/browse/PAY-1`;
    const { overlay, send, timers } = start({ adapters: [detail], url: () => url });
    await settle(timers);
    url = `${PAGE_URL}/browse/PAY-2`;
    board(['PAY-2']);
    overlay.checkUrl();
    while (timers.flush() > 0) await settle();
    overlay.flushSeen();
    const seen = vi
      .mocked(send)
      .mock.calls.flatMap(([request]) => (request.type === 'recordSeen' ? [request.seen] : []));
    const urlOf = (key: string) =>
      seen.flatMap(({ ids, urls }) => ids.flatMap((id, at) => (id === idOf(key) ? [urls[at]] : [])));
    expect(urlOf('PAY-1')).toEqual([`${PAGE_URL}/browse/PAY-1`]);
    expect(urlOf('PAY-2')).toEqual([`${PAGE_URL}/browse/PAY-2`]);
  });

  it('places cards the page re-creates in the piece that reads them, however late that piece begins', async () => {
    const keys = Array.from({ length: 60 }, (_, index) => `PAY-${index + 1}`);
    board(keys);
    const { timers } = start();
    await settle(timers);
    // Each look at the clock says another 30 ms went by: the piece is past its slice before it reads anything.
    const slice = clockStepping(30);
    for (const card of [...document.querySelectorAll('.card')].slice(0, 10))
      card.replaceWith(document.createRange().createContextualFragment(cardHtml(card.getAttribute('data-key')!)));
    await Promise.resolve();
    for (const key of keys.slice(0, 10)) expect(hostsOf(key), key).toHaveLength(1);
    slice.mockReturnValue(0);
  });

  it('reads no more added subtrees past its deadline once it has read a slice of them', async () => {
    board(['PAY-1000']);
    const { timers } = start();
    await settle(timers);
    const main = document.querySelector('main')!;
    // Each look at the clock says another quarter of a millisecond went by: the slice is over after some 70 cards.
    const slice = clockStepping(0.25);
    // A card looked through is asked whether it holds a container (its markers need no climbing when it holds none).
    const queried = vi.spyOn(Element.prototype, 'querySelector');
    // Cards added one by one, as the parser's progress or a page script adds them: each its own subtree to read.
    for (let index = 1; index <= 200; index++) main.insertAdjacentHTML('beforeend', cardHtml(`PAY-${index}`));
    await Promise.resolve();
    const read = new Set(queried.mock.contexts.filter((element) => (element as Element).matches('.card')));
    queried.mockRestore();
    slice.mockReturnValue(0);
    // Within the slice, and not the 64 more it once read on its way to a first batch it could not reach.
    expect(read.size).toBeGreaterThan(40);
    expect(read.size).toBeLessThan(100);
    while (timers.flush() > 0) await settle();
    expect(document.querySelectorAll('throughline-item')).toHaveLength(201);
  }, 30_000);

  it('places no more hosts in a piece once its slice is over, beyond the batch on its way to the first', async () => {
    board(['PAY-1000']);
    const { timers } = start();
    await settle(timers);
    const main = document.querySelector('main')!;
    const placed = () => document.querySelectorAll('throughline-item').length;
    let clock = 0;
    let began: number | null = null;
    let placedAtDeadline: number | null = null;
    // Each look at the clock says another quarter of a millisecond went by; what is placed as the slice ends is noted.
    // The pieces timed go on with the change: theirs is the shorter slice, 12 ms.
    const slice = vi.spyOn(performance, 'now').mockImplementation(() => {
      clock += 0.25;
      began ??= clock;
      if (clock > began + 12 && placedAtDeadline === null) placedAtDeadline = placed();
      return clock;
    });
    // Cards added one by one, each its own subtree: the pieces after the first read them and place their hosts.
    for (let index = 1; index <= 200; index++) main.insertAdjacentHTML('beforeend', cardHtml(`PAY-${index}`));
    await Promise.resolve();
    began = null;
    placedAtDeadline = null;
    const pieces: { atStart: number; atDeadline: number; atEnd: number }[] = [];
    let atStart = placed();
    while (timers.frameStarts() > 0) {
      if (placedAtDeadline !== null) pieces.push({ atStart, atDeadline: placedAtDeadline, atEnd: placed() });
      atStart = placed();
      began = null;
      placedAtDeadline = null;
    }
    slice.mockRestore();
    // Pieces that had placed hosts by their deadline placed none after it; one that had not, its first batch only.
    expect(pieces.filter((piece) => piece.atDeadline > piece.atStart).length).toBeGreaterThan(1);
    for (const piece of pieces) {
      if (piece.atDeadline > piece.atStart) expect(piece.atEnd).toBe(piece.atDeadline);
      else expect(piece.atEnd - piece.atDeadline).toBeLessThanOrEqual(32);
    }
    while (timers.flush() > 0) await settle();
    expect(placed()).toBe(201);
  }, 30_000);

  it('searches for a missing summary place in what is left of the slice of the task it runs in', async () => {
    board(
      Array.from({ length: 300 }, (_, index) => `PAY-${index + 1}`),
      false,
    );
    const { timers, work } = start();
    await Promise.resolve();
    const queued = vi.spyOn(timers, 'soon');
    // A task whose slice other work queued beside the search has spent: each look at the clock says 30 ms on.
    work.run(() => {
      vi.mocked(performance.now).mockReturnValue(30);
      timers.flush();
    });
    // A step of the search in each task, the next queued for a task of its own: not the whole page in this one.
    expect(queued.mock.calls.filter(([task]) => task.name === 'searchPage').length).toBeGreaterThan(2);
    expect(document.querySelectorAll('throughline-item')).toHaveLength(300);
  });

  it('goes on with a change too big for one piece as the next frame starts, before the page lays it out', async () => {
    board(['PAY-1000']);
    const { timers } = start();
    await settle(timers);
    addColumn(300);
    // Each look at the clock says another 2 ms went by: a piece places a part of the cards.
    const slice = clockStepping(2);
    await settle();
    const firstPiece = document.querySelectorAll('throughline-item').length;
    expect(firstPiece).toBeGreaterThan(1);
    expect(firstPiece).toBeLessThan(301);
    // A frame comes before the next task: the rest goes on in it.
    expect(timers.frameStarts()).toBe(1);
    expect(document.querySelectorAll('throughline-item').length).toBeGreaterThan(firstPiece);
    slice.mockReturnValue(0);
    while (timers.flush() > 0) await settle();
    expect(document.querySelectorAll('throughline-item')).toHaveLength(301);
  }, 30_000);

  it('goes on with a big change as the frame starts in a longer slice, once, then in pieces shorter than the one that began it', async () => {
    board(['PAY-1000']);
    const { timers } = start();
    await settle(timers);
    const placed = () => document.querySelectorAll('throughline-item').length;
    const [first, atFrame, ...continuing] = await columnPlacedPerPiece(timers);
    // What the first piece left would otherwise be painted without chips, and wait for that frame's layout.
    expect(atFrame).toBeGreaterThan(first! * 1.2);
    // The last piece places what was left, whatever its slice.
    const whole = continuing.slice(0, -1);
    expect(whole.length).toBeGreaterThan(1);
    for (const count of whole) {
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThan(first! * 0.8);
    }
    expect(placed()).toBe(401);
  }, 30_000);

  it('goes on in the shorter slice, frame or not, while the page is still being parsed', async () => {
    board(['PAY-1000']);
    const { timers } = start();
    await settle(timers);
    const placed = () => document.querySelectorAll('throughline-item').length;
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const [first, atFrame] = await columnPlacedPerPiece(timers);
    readyState.mockRestore();
    expect(atFrame).toBeGreaterThan(0);
    expect(atFrame).toBeLessThan(first! * 0.8);
    while (timers.flush() > 0) await settle();
    expect(placed()).toBe(401);
  }, 30_000);

  // 5,001 cards in a simulated DOM take seconds on a busy machine.
  it('reads 5,001 cards added at once in slices, hosts them all, with one summary over them', async () => {
    board([]);
    const { timers } = start({ links: { [idOf('PAY-5001')]: [GROW.id] } });
    await settle(timers);
    const keys = Array.from({ length: 5001 }, (_, index) => `PAY-${index + 1}`);
    document.querySelector('main')!.innerHTML = keys.map(cardHtml).join('');
    // Each look at the clock says another 30 ms went by: slices of 40 ms then hold a card or two.
    const slice = clockStepping(30);
    await settle();
    const afterFirstSlice = document.querySelectorAll('throughline-item').length;
    expect(afterFirstSlice).toBeLessThan(5001);
    expect(document.querySelector('[data-throughline-summary]')).toBeNull();
    slice.mockReturnValue(0);
    while (timers.flush() > 0) await settle();
    expect(document.querySelectorAll('throughline-item')).toHaveLength(5001);
    expect(summaryCounts()).toEqual({ aligned: '1', total: '5001' });
  }, 30_000);

  it('drops, once a new view has read the page, the items it did not read again, though their cards stayed', async () => {
    board(['PAY-1', 'PAY-2', 'PAY-3']);
    let url = PAGE_URL;
    const { timers, overlay } = start({ url: () => url });
    await settle(timers);
    expect(overlay.pageItems().items).toHaveLength(3);
    // The app moves to another view and, in the same task, its card for PAY-2 stops being one.
    url = `${PAGE_URL}/backlog`;
    document.querySelector('[data-key="PAY-2"]')!.removeAttribute('data-key');
    overlay.checkUrl();
    while (timers.flush() > 0) await settle();
    expect(overlay.pageItems().items.map((item) => item.id)).toEqual([idOf('PAY-1'), idOf('PAY-3')]);
    expect(document.querySelectorAll('throughline-item')).toHaveLength(2);
    expect(summaryCounts()).toEqual({ aligned: '0', total: '2' });
  });

  it('follows a move to another view that replaces the page while the first read of it is under way', async () => {
    board(Array.from({ length: 300 }, (_, index) => `PAY-${index + 1}`));
    let url = PAGE_URL;
    const { timers, overlay } = start({ url: () => url });
    await settle(timers);
    expect(summaryCounts()).toEqual({ aligned: '0', total: '300' });
    // Each look at the clock says another 4 ms went by: the new view's first slice reads a few of the old cards.
    const slice = clockStepping(4);
    // As an SPA does: pushState tells the overlay (the Navigation API's event, inside the call), then the app renders.
    url = `${PAGE_URL}/backlog`;
    overlay.checkUrl();
    board(Array.from({ length: 60 }, (_, index) => `PAY-${index + 1}`));
    slice.mockReturnValue(0);
    while (timers.flush() > 0) await settle();
    const listed = overlay.pageItems().items;
    expect(listed).toHaveLength(60);
    expect(listed.filter((item) => item.state === 'pending')).toEqual([]);
    expect(document.querySelectorAll('throughline-item')).toHaveLength(60);
    expect(summaryCounts()).toEqual({ aligned: '0', total: '60' });
  }, 30_000);

  it('reads a page script’s thousands of changes a part at a time, in slices of their own', async () => {
    board(Array.from({ length: 300 }, (_, index) => `PAY-${index + 1}`));
    const { timers, changes } = start();
    await settle(timers);
    const read = vi.spyOn(changes, 'read');
    // As the board's own script at DOMContentLoaded: one element added to each card, 300 records, and 300 cards
    // replaced one by one, 600 more.
    for (const footer of document.querySelectorAll('.footer')) footer.append(document.createElement('span'));
    for (const card of [...document.querySelectorAll('.card')])
      card.replaceWith(document.createRange().createContextualFragment(cardHtml(card.getAttribute('data-key')!)));
    // Each look at the clock says another 4 ms went by: a 20 ms slice reads a few parts.
    const slice = clockStepping(4);
    await Promise.resolve();
    const firstSlice = read.mock.calls.length;
    expect(firstSlice).toBeGreaterThan(0);
    expect(firstSlice).toBeLessThan(6);
    expect(changes.pending).toBe(true);
    expect(Math.max(...read.mock.calls.map(([count]) => count))).toBeLessThanOrEqual(128);
    slice.mockReturnValue(0);
    while (timers.flush() > 0) await settle();
    expect(changes.pending).toBe(false);
    expect(document.querySelectorAll('throughline-item')).toHaveLength(300);
    for (const card of document.querySelectorAll('.card'))
      expect(card.querySelectorAll('throughline-item')).toHaveLength(1);
    expect(summaryCounts()).toEqual({ aligned: '0', total: '300' });
  }, 30_000);

  it('renders hostile page text only as text', async () => {
    document.body.innerHTML =
      '<div class="card" data-key="PAY-9"><span class="title">&lt;img src=x onerror=alert(1)&gt;</span><div class="footer"></div></div>';
    const { overlay } = start();
    await settle();
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(overlay.pageItems().items[0]?.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('fails soft: an adapter that throws adds nothing and raises nothing', async () => {
    board(['PAY-1']);
    const broken = defineAdapter({
      name: 'broken',
      tracker: 'jira',
      applies: () => true,
      page: () => ({}),
      container: '.card',
      marker: '.card',
      read: () => {
        throw new Error('markup changed');
      },
    });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    start({ adapters: [broken, cards] });
    await settle();
    expect(hostsOf('PAY-1')).toHaveLength(1);
  });

  it("builds an unaligned card's chips only when a person hovers or focuses it", async () => {
    board(['PAY-1', 'PAY-2']);
    start({ links: { [idOf('PAY-2')]: [GROW.id] } });
    await settle();
    const unaligned = hostsOf('PAY-1')[0] as HTMLElement;
    expect(unaligned.shadowRoot!.childNodes).toHaveLength(0);
    // Until then its host is hidden and unstyled: no box, no style resolver of its own; the aligned one is styled.
    expect(unaligned.hidden).toBe(true);
    expect(unaligned.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
    expect((hostsOf('PAY-2')[0] as HTMLElement).hidden).toBe(false);
    expect(hostsOf('PAY-2')[0]!.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
    const title = document.querySelector('[data-key="PAY-1"] .title')!;
    title.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(unaligned.shadowRoot!.childNodes).toHaveLength(0);
    expect(unaligned.hidden).toBe(true);
    const hover = new MouseEvent('mouseover', { bubbles: true, composed: true });
    byPerson.add(hover);
    title.dispatchEvent(hover);
    expect(unaligned.shadowRoot!.querySelector('button')?.getAttribute('aria-label')).toBe(
      'Link PAY-1 to an objective',
    );
    expect(unaligned.hidden).toBe(false);
    expect(unaligned.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
  });
});

/** A toy results table: the badge goes after the summary's link, into the summary cell while there is none. */
function rowsAdapter(flagged: boolean, reads = { count: 0 }) {
  return defineAdapter({
    name: 'test-rows',
    tracker: 'jira',
    applies: () => true,
    page: () => ({ site: SITE }),
    container: 'tr[data-key]',
    marker: 'tr[data-key]',
    read: (row, page) => {
      reads.count++;
      const link = row.querySelector('a.summary');
      const cell = row.querySelector('td.summary') ?? row.querySelector('td');
      const anchor = link ?? cell;
      if (!anchor) return null;
      return {
        ref: { tracker: 'jira', site: page.site, key: row.getAttribute('data-key')! },
        anchor,
        placement: link ? 'after' : 'append',
        ...(flagged ? { provisional: !link } : {}),
        kind: 'row',
        container: row,
      };
    },
    summaryAnchors: [],
  });
}
const partRow = (key: string) => `<table><tbody><tr data-key="${key}"><td class="key">${key}</td></tr></tbody></table>`;

describe('overlay engine: rows read before they are whole', () => {
  it('moves a badge from a stand-in anchor to its place when the place comes', async () => {
    document.body.innerHTML = partRow('PAY-7');
    start({ adapters: [rowsAdapter(true)], links: { [idOf('PAY-7')]: [GROW.id] } });
    await settle();
    expect(hostsOf('PAY-7')[0]!.parentElement?.className).toBe('key');
    const row = document.querySelector('tr')!;
    row.insertAdjacentHTML('beforeend', '<td class="summary"><p><a class="summary">Tokenise cards</a></p></td>');
    await settle();
    expect(hostsOf('PAY-7')).toHaveLength(1);
    expect(hostsOf('PAY-7')[0]!.previousElementSibling?.className).toBe('summary');
  });

  it('reads a row again when the parser adds its later cells, even where the adapter flags nothing', async () => {
    const loading = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    document.body.innerHTML = partRow('PAY-7');
    start({ adapters: [rowsAdapter(false)], links: { [idOf('PAY-7')]: [GROW.id] } });
    await settle();
    expect(hostsOf('PAY-7')[0]!.parentElement?.className).toBe('key');
    document
      .querySelector('tr')!
      .insertAdjacentHTML('beforeend', '<td class="summary"><p><a class="summary">Tokenise cards</a></p></td>');
    loading.mockReturnValue('interactive');
    await settle();
    expect(hostsOf('PAY-7')).toHaveLength(1);
    expect(hostsOf('PAY-7')[0]!.previousElementSibling?.className).toBe('summary');
  });

  it('aligns a card by a rule once the label the parser adds after its link is read', async () => {
    const loading = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const labelled = defineAdapter({
      ...cards,
      name: 'test-labelled-board',
      page: () => ({ site: SITE }),
      read: (card, page) => ({
        ...cards.find(card, new URL(PAGE_URL))[0]!,
        ref: { tracker: 'jira', site: page.site, key: card.getAttribute('data-key')! },
        facts: { labels: [...card.querySelectorAll('.label')].map((label) => label.textContent ?? '') },
      }),
    });
    board(['PAY-4']);
    const { send, timers } = start({
      adapters: [labelled],
      rules: [
        { id: 'ru', objectiveId: GROW.id, tracker: 'jira', match: { kind: 'label', value: 'growth' }, enabled: true },
      ],
    });
    await settle(timers);
    expect(stateOf('PAY-4')).toBe('unaligned');
    document.querySelector('.card')!.insertAdjacentHTML('beforeend', '<span class="label">growth</span>');
    loading.mockReturnValue('interactive');
    await settle(timers);
    expect(stateOf('PAY-4')).toBe('aligned');
    const told = vi
      .mocked(send)
      .mock.calls.flatMap(([request]) => (request.type === 'keepFacts' ? (request.items ?? []) : []));
    expect(told.at(-1)).toMatchObject({ id: idOf('PAY-4'), facts: { labels: ['growth'] } });

    // Its insides re-rendered without the label: the same card, read again where it is, told again.
    const host = hostsOf('PAY-4')[0];
    document.querySelector('.card')!.innerHTML = '<span class="title">Work on PAY-4</span><div class="footer"></div>';
    await settle(timers);
    expect(stateOf('PAY-4')).toBe('unaligned');
    expect(hostsOf('PAY-4')[0]).toBe(host);
    const retold = vi
      .mocked(send)
      .mock.calls.flatMap(([request]) => (request.type === 'keepFacts' ? (request.items ?? []) : []));
    expect(retold.at(-1)).toMatchObject({ id: idOf('PAY-4'), facts: { labels: [] } });
  });

  it('drops a row whose cells the page empties, once it no longer reads as an item', async () => {
    document.body.innerHTML = partRow('PAY-7');
    const { overlay } = start({ adapters: [rowsAdapter(false)], links: { [idOf('PAY-7')]: [GROW.id] } });
    await settle();
    expect(hostsOf('PAY-7')).toHaveLength(1);
    document.querySelector('tr')!.replaceChildren();
    await settle();
    expect(hostsOf('PAY-7')).toHaveLength(0);
    expect(overlay.pageItems().items).toEqual([]);
  });

  it('leaves a whole row alone when its insides change', async () => {
    document.body.innerHTML = partRow('PAY-7');
    document
      .querySelector('tr')!
      .insertAdjacentHTML('beforeend', '<td class="summary"><p><a class="summary">Tokenise cards</a></p></td>');
    const reads = { count: 0 };
    start({ adapters: [rowsAdapter(true, reads)], links: { [idOf('PAY-7')]: [GROW.id] } });
    await settle();
    expect(reads.count).toBe(1);
    document.querySelector('td.key')!.append(document.createElement('b'));
    await settle();
    expect(reads.count).toBe(1);
    expect(hostsOf('PAY-7')[0]!.previousElementSibling?.className).toBe('summary');
  });
});

describe('overlay engine: a big page followed while it parses', () => {
  /** Appends cards the way the parser does, an element at a time: three records a card. */
  function parse(into: Element, keys: string[]): void {
    for (const key of keys) {
      const card = into.appendChild(document.createElement('div'));
      card.className = 'card';
      card.setAttribute('data-key', key);
      card.appendChild(document.createElement('span')).className = 'title';
      card.appendChild(document.createElement('div')).className = 'footer';
    }
  }
  const keys = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, n) => `PAY-${from + n}`);

  it('places the cards the parser adds after its first big batch, and drops at DOMContentLoaded a card a script removed meanwhile', async () => {
    let readyState: DocumentReadyState = 'loading';
    const loading = vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    document.body.innerHTML = '<header>Board</header><main></main>';
    const { overlay, timers, lookAtParser } = start({ links: { [idOf('PAY-2')]: [GROW.id] } });
    const main = document.querySelector('main')!;
    parse(main, keys(1, 400));
    await settle(timers);
    expect(document.querySelectorAll('[data-throughline-item]')).toHaveLength(400);
    expect(stateOf('PAY-2')).toBe('aligned');

    // The parser goes on: no record of it, its cards read at the next look.
    parse(main, keys(401, 402));
    await settle(timers);
    expect(hostsOf('PAY-401')).toHaveLength(0);
    lookAtParser();
    await settle(timers);
    expect(hostsOf('PAY-401')).toHaveLength(1);
    expect(hostsOf('PAY-402')).toHaveLength(1);

    // A script removes a card while the page still parses: no record either.
    main.querySelector('[data-key="PAY-5"]')!.remove();
    readyState = 'interactive';
    document.dispatchEvent(new Event('readystatechange'));
    overlay.loaded();
    await settle(timers);
    const ids = overlay.pageItems().items.map((item) => item.id);
    expect(ids).toHaveLength(401);
    expect(ids).not.toContain(idOf('PAY-5'));
    expect(document.querySelectorAll('[data-throughline-item]')).toHaveLength(401);
    loading.mockRestore();
  });
});

describe('overlay engine: whatever the page does with our hosts', () => {
  it('replaces copies of a card made with cloneNode(true) or rebuilt from its HTML, and hosts the rest of the batch', async () => {
    board(['PAY-1', 'PAY-2']);
    const errors = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const { timers } = start({ links: { [idOf('PAY-1')]: [GROW.id] } });
    await settle();
    const original = document.querySelector('[data-key="PAY-1"]')!;
    const clone = original.cloneNode(true) as Element;
    const rebuilt = document.createElement('div');
    rebuilt.innerHTML = original.outerHTML;
    const main = document.querySelector('main')!;
    main.append(clone, rebuilt.firstElementChild!);
    main.insertAdjacentHTML('beforeend', cardHtml('PAY-3'));
    original.remove();
    await settle(timers);
    const hosts = [...hostsOf('PAY-1')];
    expect(hosts).toHaveLength(2);
    for (const host of hosts) {
      expect(host.shadowRoot).not.toBeNull();
      expect(host.shadowRoot!.textContent).toContain('GROW-2');
    }
    expect(hostsOf('PAY-3')).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
  });

  it('takes out copies of a host inside a card, as when its insides are rebuilt from their HTML', async () => {
    board(['PAY-1']);
    start({ links: { [idOf('PAY-1')]: [GROW.id] } });
    await settle();
    const card = document.querySelector('[data-key="PAY-1"]')!;
    card.querySelector('.title')!.append(hostsOf('PAY-1')[0]!.cloneNode(true));
    await Promise.resolve();
    expect(hostsOf('PAY-1')).toHaveLength(1);
    // Rebuilt from its HTML: the copy of the host has no shadow root.
    const html = card.innerHTML;
    card.innerHTML = html;
    await Promise.resolve();
    expect(hostsOf('PAY-1')).toHaveLength(1);
    expect(hostsOf('PAY-1')[0]!.shadowRoot!.textContent).toContain('GROW-2');
  });

  it('removes a lone copy of a host wherever the page puts it', async () => {
    board(['PAY-1']);
    start();
    await settle();
    const copy = hostsOf('PAY-1')[0]!.cloneNode(true);
    document.body.append(copy);
    await Promise.resolve();
    expect(hostsOf('PAY-1')).toHaveLength(1);
  });

  it('puts back, by the next frame, a host the page moved, removed or stripped of its attributes', async () => {
    board(['PAY-1', 'PAY-2']);
    const { timers } = start({ links: { [idOf('PAY-1')]: [GROW.id] } });
    await settle();
    const host = hostsOf('PAY-1')[0]!;
    document.querySelector('[data-key="PAY-2"] .footer')!.append(host);
    hostsOf('PAY-2')[0]!.remove();
    await settle(timers);
    expect(hostsOf('PAY-1')[0]!.closest('.card')?.getAttribute('data-key')).toBe('PAY-1');
    expect(hostsOf('PAY-2')).toHaveLength(1);
    const stripped = hostsOf('PAY-1')[0]!;
    stripped.removeAttribute('data-throughline-state');
    stripped.setAttribute('data-throughline-item', 'jira:acme.atlassian.net:EVIL-1');
    await settle(timers);
    expect(stateOf('PAY-1')).toBe('aligned');
    expect(document.querySelectorAll('throughline-item')).toHaveLength(2);
  });

  it('ignores made-up clicks: the page cannot open the picker', async () => {
    board(['PAY-1']);
    start({ links: { [idOf('PAY-1')]: [GROW.id] } });
    await settle();
    const add = hostsOf('PAY-1')[0]!.shadowRoot!.querySelector<HTMLButtonElement>('[data-tl-action="pick"]')!;
    add.click();
    add.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle();
    expect(document.querySelector('throughline-layer')).toBeNull();
  });
});

describe('overlay engine: summary', () => {
  it('dims the aligned cards when the bar turns it on, marks cards that come meanwhile, and clears all when it is off', async () => {
    const drawn = vi.spyOn(FLOATING_UI_PART, 'drawSummaryBar');
    board(['PAY-1', 'PAY-2', 'PAY-3']);
    const { timers } = start({ links: { [idOf('PAY-2')]: [GROW.id] } });
    await settle(timers);
    const bar = () => drawn.mock.calls.findLast(([, props]) => props !== null)?.[1];
    const marks = () =>
      Object.fromEntries(
        [...document.querySelectorAll('.card')].map((card) => [
          card.getAttribute('data-key'),
          card.getAttribute('data-throughline-container'),
        ]),
      );
    expect(bar()?.dimmed).toBe(false);
    // Nothing of the tracker's is marked until a person asks: marking restyles its elements.
    expect(marks()).toEqual({ 'PAY-1': null, 'PAY-2': null, 'PAY-3': null });
    // The bar's button, clicked by a person (the bar refuses made-up clicks, which happy-dom's are).
    bar()!.onToggleDim();
    await settle(timers);
    expect(document.documentElement.hasAttribute('data-throughline-dim')).toBe(true);
    expect(marks()).toEqual({ 'PAY-1': 'unaligned', 'PAY-2': 'aligned', 'PAY-3': 'unaligned' });
    expect(bar()?.dimmed).toBe(true);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-4'));
    await settle(timers);
    expect(marks()['PAY-4']).toBe('unaligned');
    bar()!.onToggleDim();
    await settle(timers);
    expect(document.documentElement.hasAttribute('data-throughline-dim')).toBe(false);
    expect(Object.values(marks()).every((mark) => mark === null)).toBe(true);
    expect(bar()?.dimmed).toBe(false);
    drawn.mockRestore();
  });

  it('shows one summary after the view’s place, with the counts over the distinct items', async () => {
    board(['PAY-1', 'PAY-2', 'PAY-3', 'PAY-1']);
    const { timers } = start({ links: { [idOf('PAY-1')]: [GROW.id], [idOf('PAY-3')]: [GROW.id] } });
    await settle(timers);
    const summaries = document.querySelectorAll('[data-throughline-summary]');
    expect(summaries).toHaveLength(1);
    expect(summaryCounts()).toEqual({ aligned: '2', total: '3' });
    expect(summaries[0]!.previousElementSibling?.tagName).toBe('HEADER');
    expect(summaries[0]!.shadowRoot!.textContent).toContain('2 of 3');
  });

  it('keeps its counts but shows nothing until a strategy exists, then shows the bar', async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay, loadIndex, timers } = start({ ready: false });
    loadIndex({}, []);
    overlay.setEnabled(true);
    await settle(timers);
    expect(summaryCounts()).toEqual({ aligned: '0', total: '2' });
    const summary = document.querySelector('[data-throughline-summary]')!;
    expect(summary.shadowRoot!.textContent).toBe('');
    loadIndex({ [idOf('PAY-1')]: [GROW.id] });
    await settle(timers);
    expect(summaryCounts()).toEqual({ aligned: '1', total: '2' });
    expect(summary.shadowRoot!.textContent).toContain('1 of 2');
  });

  it('shows "0 of N" on a site the strategy names nothing of yet', async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay, loadIndex, timers } = start({ ready: false });
    loadIndex({}, [], true);
    overlay.setEnabled(true);
    await settle(timers);
    expect(summaryCounts()).toEqual({ aligned: '0', total: '2' });
    expect(document.querySelector('[data-throughline-summary]')!.shadowRoot!.textContent).toContain('0 of 2');
  });

  it('floats when the page has no place for it, and moves there when the place appears', async () => {
    board(['PAY-1'], false);
    const { timers } = start();
    await settle(timers);
    const summary = document.querySelector('[data-throughline-summary]')!;
    expect(summary.hasAttribute('data-floating')).toBe(true);
    document.body.prepend(document.createElement('header'));
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-2'));
    await settle(timers);
    expect(summary.previousElementSibling?.tagName).toBe('HEADER');
    expect(summary.hasAttribute('data-floating')).toBe(false);
  });
});

describe('overlay engine turned off and on', () => {
  const ours = () =>
    document.querySelectorAll('[data-throughline-item], [data-throughline-summary], [data-throughline-container]');

  it('places nothing while the settings are on their way, and everything once they say on', async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay, loadIndex } = start({ ready: false });
    loadIndex({});
    await settle();
    expect(ours()).toHaveLength(0);
    overlay.setEnabled(true);
    expect(document.querySelectorAll('[data-throughline-item]')).toHaveLength(2);
  });

  it('removes everything when turned off, stays silent while off, and reads the page again when on', async () => {
    board(['PAY-1', 'PAY-2']);
    const { overlay, timers } = start();
    await settle(timers);
    overlay.setEnabled(false);
    expect(ours()).toHaveLength(0);
    expect(overlay.pageItems().items).toEqual([]);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-3'));
    await settle(timers);
    expect(ours()).toHaveLength(0);
    expect(overlay.openPickerForFocus()).toBe(false);
    overlay.setEnabled(true);
    expect(document.querySelectorAll('[data-throughline-item]')).toHaveLength(3);
    // Counts come once the background has said which facts to fetch (none here).
    await settle(timers);
    expect(document.querySelectorAll('[data-throughline-summary]')).toHaveLength(1);
  });

  it('removes everything it added, and follows nothing, once destroyed', async () => {
    board(['PAY-1']);
    const { overlay } = start();
    await settle();
    overlay.destroy();
    expect(ours()).toHaveLength(0);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', cardHtml('PAY-2'));
    overlay.setEnabled(true);
    await settle();
    expect(ours()).toHaveLength(0);
  });
});
