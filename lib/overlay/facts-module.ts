import type { FactsClientForPage } from '../facts/facts-client';
import type { createFactsFetcher } from '../facts/facts-fetcher';
import type { Tracker } from '../model/item-id';

/**
 * What the facts part brings into the tab (overlay-parts.ts): each
 * tracker's REST client and the fetcher that batches requests to it. Only
 * a page whose items lack facts loads it.
 */
export interface FactsModule {
  clientFor: Readonly<Record<Tracker, FactsClientForPage>>;
  createFactsFetcher: typeof createFactsFetcher;
}
