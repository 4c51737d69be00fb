import { z } from 'zod';
import { said } from './issue-text';
import { HttpUrl, IsoTimestamp } from './primitives';
import { ItemIdSchema } from './work-item-ref';

const Title = z.string().max(500);
const Status = z.string().max(100);

/** What the overlay last saw of a work item, so views can list work by title. */
export const SeenItemSchema = z.strictObject({
  id: ItemIdSchema,
  title: Title.optional(),
  status: Status.optional(),
  url: HttpUrl,
  lastSeen: IsoTimestamp,
});
export type SeenItem = z.infer<typeof SeenItemSchema>;

/** Items one message hands over at most. */
export const MAX_SEEN_PER_MESSAGE = 500;

/**
 * Seen items as a tab hands them over: a column per field, each item's
 * values at the same place in every column, and the time they were seen,
 * one for all (a tab's batch) or one each. A tab leaving a 20,000-card
 * board hands thousands over at once: as records they cost its pagehide
 * 93 ms, as columns with one time 68 ms (medians of 15, alternating
 * builds); columns with a time each were no cheaper than records.
 */
export const SeenColumnsSchema = z
  .strictObject({
    ids: z.array(ItemIdSchema).max(MAX_SEEN_PER_MESSAGE),
    titles: z.array(Title.nullable()),
    statuses: z.array(Status.nullable()),
    /** Each checked when stored: one that is not an http(s) address is left out, not the whole message. */
    urls: z.array(z.string()),
    lastSeen: z.union([IsoTimestamp, z.array(IsoTimestamp)]),
  })
  .refine(
    ({ ids, titles, statuses, urls, lastSeen }) =>
      [titles, statuses, urls, ...(typeof lastSeen === 'string' ? [] : [lastSeen])].every(
        (column) => column.length === ids.length,
      ),
    said('issue_seenColumns'),
  );
export type SeenColumns = z.infer<typeof SeenColumnsSchema>;

/**
 * The items of a message as the background stores them, without those whose
 * address it would not store (`HttpUrl`). The tab sends addresses as the page
 * gave them: checking each there cost a tab leaving a 20,000-card board
 * 280 ms, and one bad address refused its whole batch.
 */
export function seenItemsOf(columns: SeenColumns): SeenItem[] {
  const { lastSeen } = columns;
  return columns.ids.flatMap((id, index) => {
    const url = columns.urls[index]!;
    if (!HttpUrl.safeParse(url).success) return [];
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
