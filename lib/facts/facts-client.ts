import type { ItemFacts } from '../model/item-facts';

/** Fetches the facts of items of one site from its tracker's API. */
export interface FactsClient {
  /** Most keys one request carries. */
  batchSize: number;
  /** Facts by key; a key left out is an item the tracker does not know or the user cannot see. */
  fetch(keys: readonly string[], signal?: AbortSignal): Promise<Map<string, ItemFacts>>;
}

/**
 * The client for the page's own site, at its own origin (the session's
 * cookies go only there); `null` where the page names no site. One per
 * tracker, in the facts part a tab loads when it first needs facts
 * (lib/overlay/overlay-parts.ts), so no content script carries any.
 */
export type FactsClientForPage = (url: URL, doc: Document) => FactsClient | null;

/** Runs `work` over `inputs`, at most `limit` at a time. */
export async function mapLimited<T, R>(
  inputs: readonly T[],
  limit: number,
  work: (input: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, inputs.length) }, async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await work(inputs[index]!);
    }
  });
  await Promise.all(lanes);
  return results;
}
