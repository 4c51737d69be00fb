import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { hasNumberShapes, installNumberShapes } from '../format/number-shapes';
import { installMessageTable } from '../i18n/message-table';
import { parseContentInbound } from '../messages/notices';
import { replySender } from '../messages/reply-sender';
import { pageScopeOf, type ScopeReader } from '../messages/site-scope';
import type { Adapter } from '../trackers/adapter';
import { createOverlay } from './engine';
import { extensionRuntime } from './extension-api';
import { createIndexClient } from './index-client';
import { createPartLoader } from './overlay-parts';
import { createChangeQueue, watchPage } from './page-changes';
import { createPageFacts } from './page-facts';
import { pageUrl } from './page-url';
import { createPortRequests } from './port-requests';
import { createResolveStage } from './resolve';
import { createTimers } from './timers';
import { warmUp } from './warm-up';
import { createWorkTimer } from './work-timer';

/**
 * Runs the overlay in a content script, from document_start: the port to
 * the background opens at once, so the site's index is usually here before
 * the tracker renders its first card; every change the page makes is
 * followed as it happens (a mutation observer's callback runs before the
 * next frame), so a card and its chips appear in the same frame.
 */
export function startOverlay(ctx: ContentScriptContext, adapters: readonly Adapter[], readScope: ScopeReader): void {
  const tracker = adapters[0]?.tracker;
  if (!tracker) return;
  const work = createWorkTimer();
  const timers = createTimers(window, work.run);
  const resolve = createResolveStage(readScope);
  const scope = pageScopeOf(readScope);
  const requests = createPortRequests(replySender(extensionRuntime), () => scope(location.href));
  const send = requests.send;
  const loadPart = createPartLoader(send);
  const url = pageUrl(() => location.href);
  const pageFacts = createPageFacts({
    tracker,
    load: () => loadPart('facts'),
    url,
    doc: document,
    report: (report) => overlay.factsReported(report),
    timed: work.run,
  });
  let watcher: ReturnType<typeof watchPage> | null = null;
  const changes = createChangeQueue();
  const overlay = createOverlay({
    changes,
    doc: document,
    adapters,
    resolve,
    send,
    requestFacts: pageFacts.request,
    loadFloatingUi: () => loadPart('ui'),
    url,
    now: () => Date.now(),
    timers,
    work,
    quietly: (write) => (watcher ? watcher.quietly(write) : write()),
  });
  const index = createIndexClient({
    tracker,
    connect: (name) => extensionRuntime().connect({ name }),
    // Timed as our work like the rest: indexing a site's links, or taking in facts, is a piece of it.
    onIndex: (loaded) => work.run(() => resolve.load(loaded)),
    onFacts: (facts) => work.run(() => resolve.addFacts(facts)),
    // Before any chip is built: chips wait for the settings, which come after it.
    onMessages: (messages, numbers) => {
      work.run(() => {
        installMessageTable(messages);
        installNumberShapes(numbers);
      });
      // Without shapes for this tab's language, the first chip would load the locale's number data: done ahead.
      if (!hasNumberShapes()) warmUp(timers.soon, work.run);
    },
    onSettings: (settings) => {
      overlay.setDensity(settings.density);
      overlay.setEnabled(settings.enabled);
    },
    requests,
    timed: work.run,
    onRefused: (reason) => {
      console.debug('Throughline:', reason);
      overlay.setEnabled(false);
    },
  });
  index.open();
  watcher = watchPage(document, changes, overlay.follow, overlay.isOurs, work.run, timers.timeout);

  // Our handler runs before the page's own (it was added first): the board the parser just finished gets its
  // hosts now, before the page's handlers and before its first frame, rather than in a microtask after them.
  ctx.addEventListener(document, 'DOMContentLoaded', () => {
    watcher?.flush();
    overlay.loaded();
  });
  // The page's own pushState is invisible from here; the Navigation API tells (Chromium), DOM changes tell everywhere.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.addEventListener(navigation, 'currententrychange' as never, () => overlay.checkUrl());
  // Seen items wait a few seconds to go in batches; a tab closed or left meanwhile hands them over at once.
  ctx.addEventListener(window, 'pagehide', () => overlay.flushSeen());
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') overlay.flushSeen();
  });
  // A page restored from the back/forward cache lost its port.
  ctx.addEventListener(window, 'pageshow', (event: PageTransitionEvent) => {
    if (event.persisted) index.open();
  });
  ctx.addEventListener(
    window,
    'keydown',
    (event: KeyboardEvent) => {
      if (!event.isTrusted) return;
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

  const onMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    const notice = parseContentInbound(message);
    if (!notice || !ctx.isValid) return false;
    if (notice.type === 'throughline:page-items') sendResponse(overlay.pageItems());
    else if (notice.type === 'throughline:work') sendResponse(work.take());
    // While the port is open the background sends what changed on it; a closed one is opened again for all of it.
    else index.open();
    return false;
  };
  const runtime = extensionRuntime();
  runtime.onMessage.addListener(onMessage as never);

  ctx.onInvalidated(() => {
    runtime.onMessage.removeListener(onMessage as never);
    watcher?.stop();
    index.close();
    overlay.destroy();
    pageFacts.stop();
    timers.dispose();
  });
}
