import { type ItemIdParts, parseItemId, type Tracker } from '../model/item-id';
import type { SeenItem } from '../model/seen-item';

/** A seen item with its id read into parts: what the dashboard counts and lists. */
export interface SeenWork {
  /** Canonical, so it matches the ids the background answers an annotate request with. */
  id: string;
  tracker: Tracker;
  site: string;
  key: string;
  title?: string;
  status?: string;
  url: string;
  lastSeen: string;
}

/** A seen item's fields beside its canonical id and that id's parts: the one way a `SeenWork` is made. */
export function seenWorkOf(id: string, parts: ItemIdParts, item: Omit<SeenItem, 'id'>): SeenWork {
  return {
    id,
    ...parts,
    ...(item.title !== undefined && { title: item.title }),
    ...(item.status !== undefined && { status: item.status }),
    url: item.url,
    lastSeen: item.lastSeen,
  };
}

/**
 * The seen items the dashboard can place, newest first. A record whose id no
 * longer parses (a tracker this version does not know, or a damaged record)
 * is left out rather than counted under no tracker; two spellings of one item
 * count once, as the one seen last.
 */
export function seenWork(items: readonly SeenItem[]): SeenWork[] {
  const byId = new Map<string, { work: SeenWork; time: number }>();
  for (const item of items) {
    const parts = parseItemId(item.id);
    if (!parts) continue;
    const id = `${parts.tracker}:${parts.site}:${parts.key}`;
    // A timestamp that does not parse sorts as the oldest rather than breaking the order.
    const time = Date.parse(item.lastSeen) || Number.NEGATIVE_INFINITY;
    const known = byId.get(id);
    if (known && known.time >= time) continue;
    byId.set(id, { work: seenWorkOf(id, parts, item), time });
  }
  return [...byId.values()]
    .sort((a, b) => b.time - a.time || (a.work.id < b.work.id ? -1 : a.work.id > b.work.id ? 1 : 0))
    .map((entry) => entry.work);
}
