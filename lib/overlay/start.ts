import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FactsClientForPage } from '../facts/facts-client';
import { createFactsFetcher, type FactsFetcher, type FactsReport } from '../facts/facts-fetcher';
import { send } from '../messages/client';
import { parseContentInbound } from '../messages/notices';
import type { Adapter } from '../trackers/adapter';
import { createOverlay } from './engine';
import { isOurElement } from './host-elements';

/** A frame may never come in a hidden tab; scan anyway after this long. */
const SCAN_FALLBACK_MS = 250;
/** Past this many changes in one frame, reading the whole page is cheaper than following them. */
const MAX_PENDING_RECORDS = 2000;

/**
 * Runs the overlay in a content script: scans once now, then once per frame
 * after the page's DOM changes or its URL changes (the page's own
 * `pushState` is invisible from the isolated world), and refreshes on change notices.
 */
export function startOverlay(
  ctx: ContentScriptContext,
  adapters: readonly Adapter[],
  factsClientFor: FactsClientForPage,
): void {
  // User Timing entries let the benchmark (and anyone profiling a tracker page) see what the overlay costs.
  performance.mark('throughline:start');
  const overlay = createOverlay({
    doc: document,
    adapters,
    send,
    url: () => new URL(location.href),
    now: () => Date.now(),
    setTimeout: (fn, ms) => void ctx.setTimeout(fn, ms),
    requestFacts: pageFactsFetcher(ctx, factsClientFor),
    trace: (name, work) => {
      const start = performance.now();
      work();
      performance.measure(`throughline:${name}`, { start, end: performance.now() });
    },
  });

  // Changes are gathered until the next frame and then followed piecemeal; a new URL means a new view, read whole.
  let scheduled = false;
  let wholePage = false;
  let changes: MutationRecord[] = [];
  const run = () => {
    if (!scheduled) return;
    scheduled = false;
    const records = changes;
    changes = [];
    if (wholePage) {
      wholePage = false;
      overlay.scan();
    } else overlay.update(records);
  };
  const schedule = () => {
    if (scheduled || !ctx.isValid) return;
    scheduled = true;
    ctx.requestAnimationFrame(run);
    ctx.setTimeout(run, SCAN_FALLBACK_MS);
  };
  const scheduleWholePage = () => {
    wholePage = true;
    changes = [];
    schedule();
  };

  const observer = new MutationObserver((records) => {
    if (!records.some(isPageChange)) return;
    if (changes.length + records.length > MAX_PENDING_RECORDS) wholePage = true;
    else if (!wholePage) changes.push(...records);
    schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    overlay.destroy();
  });
  ctx.addEventListener(window, 'wxt:locationchange', scheduleWholePage);
  // Seen items wait a few seconds to go in batches; a tab closed or left meanwhile hands them over at once.
  ctx.addEventListener(window, 'pagehide', () => overlay.flushSeen());
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') overlay.flushSeen();
  });
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      const handled =
        (event.altKey && event.shiftKey && event.code === 'KeyO' && overlay.openPickerForFocus()) ||
        (event.key === 'Escape' && overlay.closePickerFromPage());
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    { capture: true },
  );

  // Answered at once through sendResponse, which every browser's own messaging takes: content scripts run
  // without the polyfill (wxt.config.ts), so a returned promise would not answer in Chrome. Notices are
  // answered too (with nothing), so that a broadcast never waits on this page.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true => {
    const notice = parseContentInbound(message);
    if (notice && ctx.isValid) {
      if (notice.type === 'throughline:page-items') return answer(sendResponse, overlay.pageItems());
      if (notice.what === 'settings') void loadSettings();
      else void overlay.refresh();
    }
    return answer(sendResponse, undefined);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const tracker = adapters[0]?.tracker;
  async function loadSettings(): Promise<void> {
    const reply = await send({ type: 'getSettings' });
    if (reply.ok) overlay.setDensity(reply.data.density);
    // Settings that cannot be read count as the defaults, where every tracker is on.
    overlay.setEnabled(!reply.ok || tracker === undefined || reply.data.trackers.includes(tracker));
  }

  // Nothing is placed until the settings say this tracker is on, so one turned off never shows a chip, even for a
  // moment; the page is read and asked about meanwhile, so the settings cost no time on a tracker that is on.
  overlay.holdUntilEnabled();
  void loadSettings();
  overlay.scan();
}

/**
 * Fetches item facts from the page's own tracker API, the fetcher made when
 * the background first asks and kept for the page's site, stopped with the
 * content script. A page that does not say where its API is answers every
 * request with that reason, so nothing waits on facts that will never come.
 */
function pageFactsFetcher(
  ctx: ContentScriptContext,
  factsClientFor: FactsClientForPage,
): (ids: readonly string[]) => void {
  const report = (report: FactsReport) => void send({ type: 'recordFacts', ...report });
  let fetcher: FactsFetcher | null | undefined;
  ctx.onInvalidated(() => fetcher?.stop());
  return (ids) => {
    if (fetcher === undefined) {
      const client = factsClientFor(new URL(location.href), document);
      fetcher = client && createFactsFetcher(client, report);
    }
    if (fetcher) fetcher.request(ids);
    else
      report({
        facts: [],
        failures: [{ ids: [...ids], reason: 'this page does not say where its tracker’s API is', wholeSite: true }],
      });
  };
}

function answer(sendResponse: (reply: unknown) => void, reply: unknown): true {
  sendResponse(reply);
  return true;
}

/** Mutations that only add or remove our own elements do not need a scan. */
function isPageChange(record: MutationRecord): boolean {
  for (const node of record.addedNodes) if (!isOurElement(node)) return true;
  for (const node of record.removedNodes) if (!isOurElement(node)) return true;
  return false;
}
