import { formatItemId } from '../model/item-id';
import type { Adapter, FoundItem } from '../trackers/adapter';

export interface Found extends FoundItem {
  id: string;
  /** Whether the view that found it is a list with a summary (board, backlog, search…). */
  listed: boolean;
}

/**
 * Runs every adapter that applies to the page. An adapter that throws is
 * skipped (the overlay fails soft); an item found twice at the same anchor is kept once.
 */
export function runAdapters(
  adapters: readonly Adapter[],
  doc: Document,
  url: URL,
): { items: Found[]; summaryAnchor: Element | null } {
  const items: Found[] = [];
  const seen = new Map<Element, Set<string>>();
  let summaryAnchor: Element | null = null;
  for (const adapter of adapters) {
    try {
      if (!adapter.applies(url, doc)) continue;
      const found = adapter.find(doc, url);
      if (found.length === 0) continue;
      const listed = adapter.summaryAnchor !== undefined;
      if (listed && summaryAnchor === null) summaryAnchor = adapter.summaryAnchor?.(doc, url) ?? null;
      for (const item of found) {
        const id = formatItemId(item.ref);
        const ids = seen.get(item.anchor) ?? new Set();
        if (ids.has(id)) continue;
        ids.add(id);
        seen.set(item.anchor, ids);
        items.push({ ...item, id, listed: listed && item.kind !== 'detail' });
      }
    } catch (error) {
      console.debug('Throughline: adapter failed', adapter.name, error);
    }
  }
  return { items, summaryAnchor };
}
