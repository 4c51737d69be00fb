import type { SeenColumns } from './seen-item';

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
