import type { Runtime } from 'webextension-polyfill';
import type { IndexFacts, SiteIndex } from '../db/site-index';
import type { NumberShapes } from '../format/number-shapes';
import { t } from '../i18n/catalogue';
import type { MessageTable } from '../i18n/message-table';
import type { Tracker } from '../model/item-id';
import { parseItemId } from '../model/item-id';
import type { Settings } from '../model/settings';
import type { ChangedNotice } from './notices';
import { indexMessages, type OverlayMessage, parsePortRequest, trackerOfPortName } from './overlay-port-messages';
import type { Reply } from './protocol';
import type { TabFrame } from './router';
import { siteBelongsToSender } from './sender-site';
import { pageScope } from './site-scope';

export interface OverlayPortsDeps {
  runtimeId: string;
  /** `chrome-extension://<id>` (or `moz-extension://<uuid>`), without a trailing slash. */
  extensionOrigin: string;
  /** The tracker a page is on, from its address alone: a cloud tracker's host, or a site the user added; null otherwise. */
  trackerOf(url: string): Promise<Tracker | null>;
  settings(): Promise<Settings>;
  /** The message catalogue for the tabs (lib/i18n/message-table.ts); null when it could not be read. */
  messages(): Promise<MessageTable | null>;
  /** How the reader's locale writes whole numbers (lib/format/number-shapes.ts); null when `Intl` must. */
  numbers(): NumberShapes | null;
  buildIndex(tracker: Tracker, pageUrl: URL, scope: string, settings: Settings): Promise<SiteIndex>;
  /** Changes that come together (an import touches many tables) are sent once, after this long. */
  schedule(fn: () => void, ms: number): void;
  /** Answers a request the tab sent on its port, as the router answers a one-off message from the same sender. */
  handle(request: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>>;
}

interface Subscriber {
  tracker: Tracker;
  url: URL;
  scope: string;
  version: number;
  /** Whether the tab has the message catalogue: sent once a port, before its first settings. */
  hasMessages: boolean;
  /** The tab's frame the port was opened from. */
  frame: TabFrame;
}

const COALESCE_MS = 30;
/** An index kept this long at most: its targets' progress and staleness depend on the day. */
const INDEX_KEPT_MS = 60 * 60 * 1000;

/**
 * The background's side of the overlay ports: checks who opened each one,
 * hands it its settings and its site's index, and sends them again on every
 * change. Which site a tab speaks for is read from the tab's own address
 * (the sender, never the message): a page may learn about its own site only.
 */
export function createOverlayPorts(deps: OverlayPortsDeps) {
  const subscribers = new Map<Runtime.Port, Subscriber>();
  let flushing = false;
  /** Counts the changes that send every index again: an index read before the latest of them is not sent. */
  let generation = 0;
  // Kept until the next change: a tab that reloads, or a second tab of the same site, is answered from memory.
  let settings: Promise<Settings> | null = null;
  const indexes = new Map<string, { at: number; build: Promise<SiteIndex | null> }>();

  async function connect(port: Runtime.Port): Promise<void> {
    const declared = trackerOfPortName(port.name);
    if (declared === null) return;
    // Registered before anything is awaited, so that a tab that goes away meanwhile is never kept.
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
      subscribers.delete(port);
    });
    const checked = check(port, declared);
    // Listened to at once: a tab may send a request before its port is checked; none is answered on a refused one.
    port.onMessage.addListener((message: unknown) => void answer(port, checked, message));
    const subscriber = await checked;
    if (!open) return;
    if (typeof subscriber === 'string') {
      post(port, { type: 'refused', reason: subscriber });
      port.disconnect();
      return;
    }
    subscribers.set(port, subscriber);
    await sendAll([[port, subscriber]]);
  }

  async function answer(port: Runtime.Port, checked: Promise<Subscriber | string>, message: unknown): Promise<void> {
    const envelope = parsePortRequest(message);
    if (envelope === null || typeof (await checked) === 'string' || !port.sender) return;
    let reply: Reply<unknown>;
    try {
      reply = await deps.handle(envelope.request, port.sender);
    } catch (error) {
      // Every request is answered: the tab's work waits on some answers (the summary waits on facts requests).
      reply = { ok: false, error: t('router_failed', 'port', String((error as Error)?.message ?? error)) };
    }
    post(port, { type: 'reply', id: envelope.id, reply });
  }

  async function check(port: Runtime.Port, declared: Tracker): Promise<Subscriber | string> {
    const sender = port.sender;
    if (sender?.id !== deps.runtimeId) return t('ports_notFromUs');
    const href = sender.url ?? '';
    if (sender.tab === undefined || href.startsWith(`${deps.extensionOrigin}/`)) return t('ports_notATrackerPage');
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return t('ports_noAddress');
    }
    const tracker = await deps.trackerOf(href);
    if (tracker === null) return t('ports_notTracker', url.origin);
    if (tracker !== declared) return t('ports_otherTracker', url.origin, tracker, declared);
    const scope = pageScope(tracker, url);
    if (scope === null) return t('ports_noSite', url.href, tracker);
    return {
      tracker,
      url,
      scope,
      version: 0,
      hasMessages: false,
      frame: { tabId: sender.tab.id ?? -1, frameId: sender.frameId ?? 0 },
    };
  }

  /** Settings first, then the index in parts; subscribers of one site share one read of it. */
  async function sendAll(targets: readonly [Runtime.Port, Subscriber][]): Promise<void> {
    const asOf = generation;
    let current: Settings;
    try {
      settings ??= deps.settings();
      current = await settings;
    } catch (error) {
      settings = null;
      console.error('Throughline: could not read the settings for an overlay', error);
      return;
    }
    await Promise.all(
      targets.map(async ([port, subscriber]) => {
        if (!subscriber.hasMessages) {
          subscriber.hasMessages = true;
          const messages = await deps.messages();
          if (messages) post(port, { type: 'messages', messages, numbers: deps.numbers() });
        }
        post(port, {
          type: 'settings',
          density: current.density,
          enabled: current.trackers.includes(subscriber.tracker),
        });
        const key = `${subscriber.tracker} ${subscriber.scope}`;
        const cached = indexes.get(key);
        let build = cached && Date.now() - cached.at < INDEX_KEPT_MS ? cached.build : null;
        if (!build) {
          build = deps.buildIndex(subscriber.tracker, subscriber.url, subscriber.scope, current).catch((error) => {
            indexes.delete(key);
            console.error('Throughline: could not build a site index', error);
            return null;
          });
          indexes.set(key, { at: Date.now(), build });
        }
        const index = await build;
        // A change since this send began has a later send on its way, with what the change made.
        if (index === null || !subscribers.has(port) || asOf !== generation) return;
        subscriber.version++;
        for (const message of indexMessages(index, subscriber.version)) post(port, message);
      }),
    );
  }

  function changed(what: ChangedNotice['what']): void {
    // Every change can change an index (links, rules, objectives, and with the settings how stale progress is).
    indexes.clear();
    // Fetched facts went to the tabs that need them as they came (factsFetched); a later tab reads them stored.
    if (what === 'facts') return;
    if (what === 'settings') settings = null;
    generation++;
    if (flushing) return;
    flushing = true;
    deps.schedule(() => {
      flushing = false;
      void sendAll([...subscribers]);
    }, COALESCE_MS);
  }

  /**
   * Facts a tracker answered, to every tab of the items' site: only its own
   * site's, like its index. Not back to the frame that fetched them: it took
   * them in as they came, and taking them in again cost it a piece of 1 ms
   * for 50 cards, for nothing.
   */
  function factsFetched(facts: readonly IndexFacts[], from?: TabFrame): void {
    for (const [port, subscriber] of subscribers) {
      if (from && subscriber.frame.tabId === from.tabId && subscriber.frame.frameId === from.frameId) continue;
      const own = facts.filter((entry) => {
        const ref = parseItemId(entry.id);
        return (
          ref !== null &&
          ref.tracker === subscriber.tracker &&
          siteBelongsToSender(ref.tracker, ref.site, subscriber.url.href)
        );
      });
      if (own.length > 0) post(port, { type: 'facts', facts: own });
    }
  }

  return {
    connect,
    changed,
    factsFetched,
    get size() {
      return subscribers.size;
    },
  };
}

/** A tab may close between two messages: posting to its port then is nothing to report. */
function post(port: Runtime.Port, message: OverlayMessage): void {
  try {
    port.postMessage(message);
  } catch {
    // The port is gone; its onDisconnect forgets it.
  }
}
