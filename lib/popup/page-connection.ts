import { browser } from 'wxt/browser';
import type { PageItemsReply } from '../messages/notices';
import { isCloudTrackerUrl } from '../trackers/hosts';

/** What the popup can say about the tab it describes. */
export type PageState =
  | { kind: 'items'; tabId: number; url?: string; page: PageItemsReply }
  | { kind: 'not-tracker'; tabId: number | null; url?: string }
  | { kind: 'not-added'; tabId: number; url: string; origin: string }
  | { kind: 'not-loaded'; tabId: number; url?: string };

/**
 * The tab the popup describes: `?tabId=` when an extension page opened the
 * popup for a tab (the tests do), else the active tab of the current window.
 */
export async function describedTabId(search: string): Promise<number | null> {
  const fromUrl = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(fromUrl) && fromUrl >= 0) return fromUrl;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Asks the tab's content script what it found; tells apart the reasons it may not answer. */
export async function readPage(
  tabId: number | null,
  isAddedSite: (origin: string) => Promise<boolean>,
): Promise<PageState> {
  if (tabId === null) return { kind: 'not-tracker', tabId };
  // Both asked at once: the popup's first render waits for them.
  const [url, reply] = await Promise.all([
    browser.tabs
      .get(tabId)
      .then((tab) => tab.url)
      .catch(() => undefined),
    (browser.tabs.sendMessage(tabId, { type: 'throughline:page-items' }) as Promise<PageItemsReply | undefined>).catch(
      // No content script answered: not a tracker, a site not added yet, or a page opened before Throughline was.
      () => undefined,
    ),
  ]);
  if (reply && Array.isArray(reply.items)) return { kind: 'items', tabId, url, page: reply };
  if (url && isCloudTrackerUrl(url)) return { kind: 'not-loaded', tabId, url };
  if (url && /^https?:/.test(url)) {
    const origin = new URL(url).origin;
    return (await isAddedSite(origin)) ? { kind: 'not-loaded', tabId, url } : { kind: 'not-added', tabId, url, origin };
  }
  return { kind: 'not-tracker', tabId, url };
}
