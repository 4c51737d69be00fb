import Dexie, { type ObservabilitySet } from 'dexie';
import type { AlignmentSnapshot } from '../db/alignment-snapshot';
import { type AnnotateDeps, annotate } from '../db/annotate';
import { touchesTables } from '../db/table-changes';
import { MAX_ITEMS_PER_REQUEST } from '../messages/protocol';
import type { ItemAlignment } from '../model/annotation';
import type { SeenWork } from './seen-work';

/** The last answer, and what it was worked out from: the same inputs give the same answer. */
interface Memo {
  catalogue: AlignmentSnapshot;
  work: readonly SeenWork[];
  factsGeneration: number;
  alignments: Map<string, ItemAlignment[]>;
}

/** By database name, as the other caches of the background. */
const memos = new Map<string, Memo>();
/** Bumped by every change to stored facts, which rules and inheritance read. */
const factsGenerations = new Map<string, number>();

Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  for (const name of factsGenerations.keys())
    if (touchesTables(name, parts, ['facts'])) factsGenerations.set(name, (factsGenerations.get(name) ?? 0) + 1);
});

/**
 * Each seen item's alignments, from `annotate`: the resolver the pages and
 * the popup ask, with the stored facts of each item, so the dashboard counts
 * exactly what the overlay shows. Nothing is fetched from a tracker for it.
 * `catalogue` is the lookup's in-memory snapshot when there is one: while
 * it, the seen work and the stored facts stay the same, so does the answer,
 * and it is given again without resolving twenty thousand items (the
 * dashboard, then the snapshot it takes, then the catalogue all ask).
 */
export async function alignSeenWork(
  deps: AnnotateDeps,
  work: readonly SeenWork[],
  catalogue: AlignmentSnapshot | null,
  now: Date,
  staleAfterDays: number,
): Promise<ReadonlyMap<string, readonly ItemAlignment[]>> {
  const name = deps.db.name;
  const factsGeneration = factsGenerations.get(name) ?? 0;
  factsGenerations.set(name, factsGeneration);
  const memo = memos.get(name);
  if (
    memo &&
    catalogue &&
    memo.catalogue === catalogue &&
    memo.work === work &&
    memo.factsGeneration === factsGeneration
  )
    return memo.alignments;
  const alignments = new Map<string, ItemAlignment[]>();
  for (let start = 0; start < work.length; start += MAX_ITEMS_PER_REQUEST) {
    const batch = work.slice(start, start + MAX_ITEMS_PER_REQUEST).map((item) => ({ id: item.id }));
    const result = await annotate(deps, batch, { now, staleAfterDays, fetchingTrackers: [], canFetch: () => false });
    for (const [id, its] of Object.entries(result.items)) alignments.set(id, its);
  }
  // Facts stored while resolving may or may not be in this answer: then it is not kept.
  if (catalogue && factsGenerations.get(name) === factsGeneration)
    memos.set(name, { catalogue, work, factsGeneration, alignments });
  else memos.delete(name);
  return alignments;
}
