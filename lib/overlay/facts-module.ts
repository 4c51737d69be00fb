import type { FactsClientForPage } from '../facts/facts-client';
import type { createFactsFetcher } from '../facts/facts-fetcher';
import type { createRequestJson } from '../facts/request-json';
import type { WorkerTransport } from '../facts/worker-transport';
import type { Tracker } from '../model/item-id';

/**
 * What the facts part brings into the tab (overlay-parts.ts): each
 * tracker's REST client, the fetcher that batches requests to it, and the
 * worker that makes them off the page's main thread. Only a page whose items
 * lack facts loads it.
 */
export interface FactsModule {
  clientFor: Readonly<Record<Tracker, FactsClientForPage>>;
  createFactsFetcher: typeof createFactsFetcher;
  createTransport(): WorkerTransport;
  createRequestJson: typeof createRequestJson;
}
