import type { Runtime } from 'webextension-polyfill';
import type { SiteIndex } from '../db/site-index';
import type { Tracker } from '../model/item-id';
import type { Settings } from '../model/settings';
import type { ChangedNotice } from './notices';
import { indexMessages, type OverlayMessage, trackerOfPortName } from './overlay-port-messages';
import { pageScope } from './site-scope';

export interface OverlayPortsDeps {
  runtimeId: string;
  /** `chrome-extension://<id>` (or `moz-extension://<uuid>`), without a trailing slash. */
  extensionOrigin: string;
  /** The tracker a page is on, from its address alone: a cloud tracker's host, or a site the user added; null otherwise. */
  trackerOf(url: string): Promise<Tracker | null>;
  settings(): Promise<Settings>;
  buildIndex(tracker: Tracker, pageUrl: URL, scope: string, settings: Settings): Promise<SiteIndex>;
  /** Changes that come together (an import touches many tables) are sent once, after this long. */
  schedule(fn: () => void, ms: number): void;
}

interface Subscriber {
  tracker: Tracker;
  url: URL;
  scope: string;
  version: number;
}

const COALESCE_MS = 30;

/**
 * The background's side of the overlay ports: checks who opened each one,
 * hands it its settings and its site's index, and sends them again on every
 * change. Which site a tab speaks for is read from the tab's own address
 * (the sender, never the message): a page may learn about its own site only.
 */
export function createOverlayPorts(deps: OverlayPortsDeps) {
  const subscribers = new Map<Runtime.Port, Subscriber>();
  let flushing = false;

  async function connect(port: Runtime.Port): Promise<void> {
    const declared = trackerOfPortName(port.name);
    if (declared === null) return;
    // Registered before anything is awaited, so that a tab that goes away meanwhile is never kept.
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
      subscribers.delete(port);
    });
    const subscriber = await check(port, declared);
    if (!open) return;
    if (typeof subscriber === 'string') {
      post(port, { type: 'refused', reason: subscriber });
      port.disconnect();
      return;
    }
    subscribers.set(port, subscriber);
    await sendAll([[port, subscriber]]);
  }

  async function check(port: Runtime.Port, declared: Tracker): Promise<Subscriber | string> {
    const sender = port.sender;
    if (sender?.id !== deps.runtimeId) return 'Refused: the port was not opened by Throughline.';
    const href = sender.url ?? '';
    if (sender.tab === undefined || href.startsWith(`${deps.extensionOrigin}/`))
      return 'Refused: only a tracker page has an overlay.';
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return 'Refused: the page has no address.';
    }
    const tracker = await deps.trackerOf(href);
    if (tracker === null) return `Refused: ${url.origin} is not a tracker site Throughline works on.`;
    if (tracker !== declared) return `Refused: ${url.origin} is a ${tracker} site, not ${declared}.`;
    const scope = pageScope(tracker, url);
    if (scope === null) return `Refused: ${url.href} names no ${tracker} site.`;
    return { tracker, url, scope, version: 0 };
  }

  /** Settings first, then the index in parts; subscribers of one site share one read of it. */
  async function sendAll(targets: readonly [Runtime.Port, Subscriber][]): Promise<void> {
    let settings: Settings;
    try {
      settings = await deps.settings();
    } catch (error) {
      console.error('Throughline: could not read the settings for an overlay', error);
      return;
    }
    const builds = new Map<string, Promise<SiteIndex | null>>();
    await Promise.all(
      targets.map(async ([port, subscriber]) => {
        post(port, {
          type: 'settings',
          density: settings.density,
          enabled: settings.trackers.includes(subscriber.tracker),
        });
        const key = `${subscriber.tracker} ${subscriber.scope}`;
        let build = builds.get(key);
        if (!build) {
          build = deps.buildIndex(subscriber.tracker, subscriber.url, subscriber.scope, settings).catch((error) => {
            console.error('Throughline: could not build a site index', error);
            return null;
          });
          builds.set(key, build);
        }
        const index = await build;
        if (index === null || !subscribers.has(port)) return;
        subscriber.version++;
        for (const message of indexMessages(index, subscriber.version)) post(port, message);
      }),
    );
  }

  function changed(_what: ChangedNotice['what']): void {
    if (flushing) return;
    flushing = true;
    deps.schedule(() => {
      flushing = false;
      void sendAll([...subscribers]);
    }, COALESCE_MS);
  }

  return {
    connect,
    changed,
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
