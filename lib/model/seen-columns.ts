import { isHttpUrl, MAX_URL_LENGTH } from './http-url';
import type { SeenColumns, SeenItem } from './seen-item';

/** What a tab saw of an item, before it is handed over. */
export interface SeenRecord {
  id: string;
  title?: string | undefined;
  status?: string | undefined;
  url: string;
}

/** Records as the columns a tab sends them in (seen-item.ts), all seen at `lastSeen`, or each at its own. */
export function seenColumns(records: readonly SeenRecord[], lastSeen: string): SeenColumns;
export function seenColumns(records: readonly (SeenRecord & { lastSeen: string })[]): SeenColumns;
export function seenColumns(records: readonly (SeenRecord & { lastSeen?: string })[], lastSeen?: string): SeenColumns {
  return {
    ids: records.map((record) => record.id),
    titles: records.map((record) => record.title ?? null),
    statuses: records.map((record) => record.status ?? null),
    urls: records.map((record) => record.url),
    lastSeen: lastSeen ?? records.map((record) => record.lastSeen!),
  };
}

/**
 * The records again, as the background stores them, without those whose
 * address it would not store (not http(s), or too long). The tab sends
 * addresses as the page gave them: checking each there cost a tab leaving a
 * 20,000-card board 280 ms, and one bad address refused its whole batch.
 */
export function seenItemsOf(columns: SeenColumns): SeenItem[] {
  const { lastSeen } = columns;
  return columns.ids.flatMap((id, index) => {
    const url = columns.urls[index]!;
    if (url.length > MAX_URL_LENGTH || !isHttpUrl(url)) return [];
    const title = columns.titles[index];
    const status = columns.statuses[index];
    return [
      {
        id,
        ...(title != null && { title }),
        ...(status != null && { status }),
        url,
        lastSeen: typeof lastSeen === 'string' ? lastSeen : lastSeen[index]!,
      },
    ];
  });
}
