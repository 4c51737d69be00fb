import { MAX_ITEMS_PER_REQUEST, type Reply } from '../messages/protocol';
import type { AlignmentReason, AnnotateResult } from '../model/annotation';

/** Asks the background for the alignments of some items: one annotate request. */
export type AnnotateBatch = (ids: readonly string[]) => Promise<Reply<AnnotateResult>>;

/** What the one resolver says of the seen items, as the dashboard counts it. */
export interface SeenAlignment {
  /** The items serving at least one objective. */
  aligned: Set<string>;
  /** The objectives some seen item serves, by whatever reason. */
  served: Set<string>;
  /** Each aligned item's most deliberate reason: a link of its own, else a rule, else inheritance. */
  reasons: Map<string, AlignmentReason>;
}

const PRECEDENCE: readonly AlignmentReason[] = ['link', 'rule', 'inherited'];

/**
 * The alignment of seen items, by links, rules and inheritance alike: the
 * background resolves them with the facts stored for each item, so the
 * dashboard counts exactly what the overlay and the popup show. Batches go
 * one after another, within the request limit, so the first one can warm the
 * background's snapshot for the rest; the first failure is the answer.
 */
export async function seenAlignment(
  ids: readonly string[],
  annotate: AnnotateBatch,
  batchSize = MAX_ITEMS_PER_REQUEST,
): Promise<Reply<SeenAlignment>> {
  const result: SeenAlignment = { aligned: new Set(), served: new Set(), reasons: new Map() };
  for (let start = 0; start < ids.length; start += batchSize) {
    const reply = await annotate(ids.slice(start, start + batchSize));
    if (!reply.ok) return reply;
    for (const [id, alignments] of Object.entries(reply.data.items)) {
      if (alignments.length === 0) continue;
      result.aligned.add(id);
      for (const alignment of alignments) result.served.add(alignment.objectiveId);
      const vias = new Set(alignments.map((alignment) => alignment.via));
      result.reasons.set(id, PRECEDENCE.find((via) => vias.has(via))!);
    }
  }
  return { ok: true, data: result };
}
