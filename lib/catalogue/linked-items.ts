import { isHttpUrl } from '../model/http-url';
import { parseItemId, TRACKERS, type Tracker } from '../model/item-id';
import type { Link } from '../model/link';
import type { SeenItem } from '../model/seen-item';

/** A work item linked to an objective, as far as the overlay has seen it. */
export interface LinkedItem {
  link: Link;
  tracker: Tracker | null;
  /** The item's key, or the whole id when it cannot be read. */
  key: string;
  title?: string;
  status?: string;
  /** Only an http(s) address, so opening it can never run script. */
  url?: string;
}

const byKey = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * An objective's links with what is known of their items, by tracker (in
 * the trackers' order) and then key, so PAY-2 comes before PAY-10.
 */
export function linkedItems(links: readonly Link[], seen: ReadonlyMap<string, SeenItem>): LinkedItem[] {
  const order = (tracker: Tracker | null) => (tracker === null ? TRACKERS.length : TRACKERS.indexOf(tracker));
  return links
    .map((link): LinkedItem => {
      const parts = parseItemId(link.itemId);
      const item = seen.get(link.itemId);
      return {
        link,
        tracker: parts?.tracker ?? null,
        key: parts?.key ?? link.itemId,
        ...(item?.title !== undefined && { title: item.title }),
        ...(item?.status !== undefined && { status: item.status }),
        ...(item !== undefined && isHttpUrl(item.url) && { url: item.url }),
      };
    })
    .sort(
      (a, b) =>
        order(a.tracker) - order(b.tracker) ||
        byKey.compare(a.link.itemId, b.link.itemId) ||
        (a.link.id < b.link.id ? -1 : 1),
    );
}

/** How many of the items are on each tracker; every tracker is named, with 0 where none are. */
export function countByTracker(items: readonly Pick<LinkedItem, 'tracker'>[]): Record<Tracker, number> {
  const counts = Object.fromEntries(TRACKERS.map((tracker) => [tracker, 0])) as Record<Tracker, number>;
  for (const item of items) if (item.tracker !== null) counts[item.tracker] += 1;
  return counts;
}
