import { formatItemId } from '../model/item-id';
import type { Adapter, FoundItem } from '../trackers/adapter';

export interface Found extends FoundItem {
  id: string;
  /** Whether the item counts in the page's summary (an entry of a board, backlog, list…). */
  listed: boolean;
}

/**
 * Runs every adapter that applies to the page. An adapter that throws is
 * skipped (the overlay fails soft); an item found twice at the same anchor is
 * kept once. `root` narrows the search to a subtree that changed. List views count in the summary, except a list that has no
 * place for a summary inside an item's own view (an issue's child issues).
 */
export function runAdapters(
  adapters: readonly Adapter[],
  doc: Document,
  url: URL,
  root: ParentNode = doc,
): { items: Found[]; summaryAnchor: Element | null } {
  const runs: { items: FoundItem[]; list: boolean; anchor: Element | null }[] = [];
  for (const adapter of adapters) {
    try {
      if (!adapter.applies(url, doc)) continue;
      const items = adapter.find(root, url);
      if (items.length === 0) continue;
      const list = adapter.summaryAnchor !== undefined;
      runs.push({ items, list, anchor: list ? (adapter.summaryAnchor?.(doc, url) ?? null) : null });
    } catch (error) {
      console.debug('Throughline: adapter failed', adapter.name, error);
    }
  }
  const inDetailView = runs.some((run) => run.items.some((item) => item.kind === 'detail'));
  const items: Found[] = [];
  const seen = new Map<Element, Set<string>>();
  let summaryAnchor: Element | null = null;
  for (const run of runs) {
    const listed = run.list && (run.anchor !== null || !inDetailView);
    if (listed) summaryAnchor ??= run.anchor;
    for (const item of run.items) {
      const id = formatItemId(item.ref);
      const ids = seen.get(item.anchor) ?? new Set();
      if (ids.has(id)) continue;
      ids.add(id);
      seen.set(item.anchor, ids);
      items.push({ ...item, id, listed: listed && item.kind !== 'detail' });
    }
  }
  return { items, summaryAnchor };
}
