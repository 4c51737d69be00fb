import type { ItemFacts } from '../model/item-facts';

/** Fetches the facts of items of one site from its tracker's API. */
export interface FactsClient {
  /** Most keys one request carries. */
  batchSize: number;
  /**
   * Facts by key; a key left out is an item the tracker does not know or the
   * user cannot see. `timed` runs what is done with each answer as it comes
   * (outside any piece of the tab's own work, yet work of ours all the same).
   */
  fetch(keys: readonly string[], signal?: AbortSignal, timed?: Timed): Promise<Map<string, ItemFacts>>;
}

/** Runs a piece of work as the tab's work timer counts it (lib/overlay/work-timer.ts). */
export type Timed = <T>(work: () => T) => T;

/** Work run as it stands: where nothing counts it (the extension's pages, tests). */
export const untimed: Timed = (work) => work();

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
