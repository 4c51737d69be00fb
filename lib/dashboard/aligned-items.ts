import { MAX_ITEMS_PER_REQUEST, type Reply } from '../messages/protocol';
import type { AnnotateResult } from '../model/annotation';

/** Asks the background for the alignments of some items: one annotate request. */
export type AnnotateBatch = (ids: readonly string[]) => Promise<Reply<AnnotateResult>>;

/**
 * Which of the items serve at least one objective, by links or by rules: the
 * background resolves both, so the dashboard counts exactly what the overlay
 * shows (seen items carry no page context, so label, parent and area-path
 * rules cannot match them here). Batches go one after another, within the
 * request limit, so the first one can warm the background's snapshot for the
 * rest; the first failure is the answer.
 */
export async function alignedItemIds(
  ids: readonly string[],
  annotate: AnnotateBatch,
  batchSize = MAX_ITEMS_PER_REQUEST,
): Promise<Reply<Set<string>>> {
  const aligned = new Set<string>();
  for (let start = 0; start < ids.length; start += batchSize) {
    const reply = await annotate(ids.slice(start, start + batchSize));
    if (!reply.ok) return reply;
    for (const [id, alignments] of Object.entries(reply.data.items)) if (alignments.length > 0) aligned.add(id);
  }
  return { ok: true, data: aligned };
}
