import { parseItemId } from '../model/item-id';
import { type SeenWork, seenWorkOf } from './seen-work';
import type { WorkSummary } from './work-summary';

/**
 * The unaligned work as a message carries it best: a column per field, of
 * plain strings, rather than ten thousand objects of eight fields each, and
 * without the tracker, site and key that each id already holds. As objects,
 * that list was 2.3 MB of the dashboard's 3.9 MB answer, whose trip took
 * most of the dashboard's first second.
 */
export interface SeenWorkColumns {
  ids: string[];
  titles: (string | null)[];
  statuses: (string | null)[];
  urls: string[];
  lastSeen: string[];
}

/** A `WorkSummary` as the background sends it. */
export type SentWorkSummary = Omit<WorkSummary, 'unaligned'> & { unaligned: SeenWorkColumns };

export function sendableWorkSummary({ unaligned, ...rest }: WorkSummary): SentWorkSummary {
  return {
    ...rest,
    unaligned: {
      ids: unaligned.map((work) => work.id),
      titles: unaligned.map((work) => work.title ?? null),
      statuses: unaligned.map((work) => work.status ?? null),
      urls: unaligned.map((work) => work.url),
      lastSeen: unaligned.map((work) => work.lastSeen),
    },
  };
}

/** The summary again as the background worked it out; an id that does not parse (never sent) is left out. */
export function receivedWorkSummary({ unaligned, ...rest }: SentWorkSummary): WorkSummary {
  const work: SeenWork[] = [];
  unaligned.ids.forEach((id, index) => {
    const parts = parseItemId(id);
    if (!parts) return;
    work.push(
      seenWorkOf(id, parts, {
        title: unaligned.titles[index] ?? undefined,
        status: unaligned.statuses[index] ?? undefined,
        url: unaligned.urls[index] ?? '',
        lastSeen: unaligned.lastSeen[index] ?? '',
      }),
    );
  });
  return { ...rest, unaligned: work };
}
