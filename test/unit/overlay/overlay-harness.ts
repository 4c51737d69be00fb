import { vi } from 'vitest';
import { type IndexLink, keyPatternPrograms } from '../../../lib/db/site-index';
import type { Send } from '../../../lib/messages/reply-sender';
import { hostScope } from '../../../lib/messages/site-scope';
import type { ObjectiveSummary } from '../../../lib/model/annotation';
import { IdMap } from '../../../lib/model/id-map';
import type { Rule } from '../../../lib/model/rule';
import { createOverlay } from '../../../lib/overlay/engine';
import { FLOATING_UI_PART } from '../../../lib/overlay/floating-ui-part';
import { createChangeQueue, watchPage } from '../../../lib/overlay/page-changes';
import type { PageItem, PageItems } from '../../../lib/overlay/page-items';
import { createResolveStage } from '../../../lib/overlay/resolve';
import type { Timers } from '../../../lib/overlay/timers';
import { createWorkTimer } from '../../../lib/overlay/work-timer';
import { type Adapter, defineAdapter } from '../../../lib/trackers/adapter';

export const SITE = 'acme.atlassian.net';
export const idOf = (key: string) => `jira:${SITE}:${key}`;
export const PAGE_URL = `https://${SITE}/jira/software/c/projects/PAY/boards/1`;

export const GROW: ObjectiveSummary = {
  id: 'ob-grow',
  code: 'GROW-2',
  title: 'Increase self-serve revenue',
  status: 'active',
  targets: [],
};

/** A toy board: `.card[data-key]`, chips go into `.footer`, the summary after `header`. */
export const cards: Adapter = defineAdapter({
  name: 'test-board',
  tracker: 'jira',
  applies: () => true,
  page: () => ({ site: SITE }),
  container: '.card[data-key]',
  marker: '.card[data-key]',
  read: (card, page) => ({
    ref: { tracker: 'jira', site: page.site, key: card.getAttribute('data-key')! },
    anchor: card.querySelector('.footer') ?? card,
    placement: 'append',
    kind: 'card',
    container: card,
    title: card.querySelector('.title')?.textContent ?? undefined,
    url: `https://${page.site}/browse/${card.getAttribute('data-key')}`,
  }),
  summaryAnchors: ['header'],
});

export const cardHtml = (key: string) =>
  `<div class="card" data-key="${key}"><span class="title">Work on ${key}</span><div class="footer"></div></div>`;

/** The page's `#card` read as item PAY-1 into `items`, with `host` placed at its `#anchor`. */
export function cardWithHost(items: PageItems, host: HTMLElement): PageItem {
  const card = document.getElementById('card')!;
  const anchor = document.getElementById('anchor')!;
  const { item } = items.upsert({
    source: card,
    reader: 0,
    item: {
      ref: { tracker: 'jira', site: SITE, key: 'PAY-1' },
      anchor,
      placement: 'append',
      kind: 'card',
      container: card,
    },
  });
  anchor.append(host);
  items.setHost(item, host);
  return item;
}

export function board(keys: string[], header = true): void {
  document.body.innerHTML = `${header ? '<header>Board</header>' : ''}<main>${keys.map(cardHtml).join('')}</main>`;
}

/**
 * Timers run by the test: `frame()` and `soon()` work is queued until `flush`
 * runs it; `frameStarts` runs only what would run as the next frame starts.
 */
export function manualTimers() {
  const queued: (() => void)[] = [];
  const atFrame = new Set<(started: boolean) => void>();
  const timers: Timers & { flush(): number; pending(): number; frameStarts(): number } = {
    timeout: (fn, ms) => {
      // The seen-items flush waits seconds; tests of placing never need it.
      if (ms < 1000) queued.push(fn);
    },
    frame: (fn) => void queued.push(fn),
    soon: (fn) => void queued.push(fn),
    soonOrFrame: (fn) => {
      const once = (started: boolean) => {
        if (atFrame.delete(once)) fn(started);
      };
      atFrame.add(once);
      queued.push(() => once(false));
    },
    // Seen items only, after the seen-items flush: tests of placing never need them either.
    idle: () => {},
    dispose: () => {
      queued.splice(0);
      atFrame.clear();
    },
    flush() {
      let ran = 0;
      while (queued.length > 0) {
        queued.shift()!();
        ran++;
      }
      return ran;
    },
    pending: () => queued.length,
    frameStarts() {
      const due = [...atFrame];
      for (const run of due) run(true);
      return due.length;
    },
  };
  return timers;
}

/** Events the test says a person caused. */
export const byPerson = new WeakSet<Event>();

export interface HarnessOptions {
  links?: Record<string, string[]>;
  rules?: Rule[];
  adapters?: Adapter[];
  /** Which of the items the page reports the background asks it to fetch facts for. */
  fetch?(ids: string[]): string[];
  /** Load the index and turn the tracker on at once (as the port does within a few ms of start). */
  ready?: boolean;
  /** The page's address, when a test moves it (an SPA's pushState); PAGE_URL otherwise. */
  url?(): string;
}

/** An overlay on the test document, watching it with a real MutationObserver, its index loaded from `links`. */
export function harness(options: HarnessOptions = {}) {
  const timers = manualTimers();
  // The clock stands still unless a test moves it: the work of a step is never cut into slices by a busy machine.
  const clock = vi.spyOn(performance, 'now').mockReturnValue(0);
  const resolve = createResolveStage(hostScope);
  const send = vi.fn(async (request: { type: string; items?: { id: string }[] }) =>
    request.type === 'keepFacts'
      ? { ok: true, data: { fetch: options.fetch?.((request.items ?? []).map((item) => item.id)) ?? [] } }
      : request.type === 'recordFacts'
        ? { ok: true, data: { stored: 0, fetch: [] } }
        : { ok: true, data: {} },
  ) as unknown as Send;
  const requestFacts = vi.fn();
  const work = createWorkTimer();
  let watcher: ReturnType<typeof watchPage> | null = null;
  const changes = createChangeQueue();
  const overlay = createOverlay({
    changes,
    doc: document,
    adapters: options.adapters ?? [cards],
    resolve,
    send,
    url: () => new URL(options.url?.() ?? PAGE_URL),
    now: () => Date.parse('2026-11-25T10:00:00Z'),
    timers,
    work,
    quietly: (write) => (watcher ? watcher.quietly(write) : write()),
    trusted: (event) => byPerson.has(event),
    requestFacts,
    loadFloatingUi: () => FLOATING_UI_PART,
  });
  /** The watcher's looks at the parser of a loading page: run by the test (`lookAtParser`), never by `timers.flush`. */
  const parserLooks: (() => void)[] = [];
  watcher = watchPage(document, changes, overlay.follow, overlay.isOurs, undefined, (fn) => parserLooks.push(fn));
  const loadIndex = (
    links: Record<string, string[]>,
    objectives: ObjectiveSummary[] = [GROW],
    strategy = objectives.length > 0,
  ) => {
    const indexLinks = Object.entries(links).flatMap(([itemId, objectiveIds]) =>
      objectiveIds.map(
        (objectiveId, n): IndexLink => ({ id: `ln-${itemId}-${n}`, itemId, objectiveId, createdAt: '2026-11-01' }),
      ),
    );
    resolve.load({
      head: {
        tracker: 'jira',
        pageUrl: PAGE_URL,
        rules: options.rules ?? [],
        keyPatterns: keyPatternPrograms(options.rules ?? []),
        exclusions: [],
        notInherited: [],
        objectives: Object.fromEntries(objectives.map((objective) => [objective.id, objective])),
        strategy,
      },
      links: indexLinks,
      facts: new IdMap(),
    });
  };
  if (options.ready !== false) {
    loadIndex(options.links ?? {});
    overlay.setEnabled(true);
  }
  const stop = () => {
    watcher?.stop();
    overlay.destroy();
    clock.mockRestore();
  };
  const lookAtParser = () => {
    for (const look of parserLooks.splice(0)) look();
  };
  return { overlay, timers, send, requestFacts, resolve, loadIndex, stop, changes, lookAtParser, work };
}

/** Makes every look at the clock say another `ms` went by, to end the engine's slices where a test wants them. */
export function clockStepping(ms: number) {
  let clock = 0;
  return vi.spyOn(performance, 'now').mockImplementation(() => (clock += ms));
}

/** Lets the mutation observer deliver, then runs whatever work was queued. */
export async function settle(timers?: { flush(): number }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  timers?.flush();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

export const hostsOf = (key: string) => document.querySelectorAll(`[data-throughline-item="${idOf(key)}"]`);
export const stateOf = (key: string) => hostsOf(key)[0]?.getAttribute('data-throughline-state');
export const summaryCounts = () => {
  const summary = document.querySelector('[data-throughline-summary]');
  return summary && { aligned: summary.getAttribute('data-aligned'), total: summary.getAttribute('data-total') };
};
