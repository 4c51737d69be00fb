import type { Timed } from '../facts/facts-client';
import type { FactsFetcher, FactsReport } from '../facts/facts-fetcher';
import { t } from '../i18n/catalogue';
import type { Tracker } from '../model/item-id';
import type { FactsModule } from './facts-module';

export interface PageFactsDeps {
  tracker: Tracker;
  /** Brings the facts part (overlay-parts.ts): the first request waits for it. */
  load(): Promise<FactsModule>;
  url(): Readonly<URL>;
  doc: Document;
  /** Each batch's outcome (facts-keeper.ts). */
  report(report: FactsReport): void;
  /** Runs what is done with each answer (the work timer). */
  timed: Timed;
}

/**
 * Fetches item facts from the page's own tracker API: the client comes
 * with the facts part, loaded when the background first asks, and is kept
 * for the page's site. A page that does not say where its API is answers
 * every request with that reason, so nothing waits on facts that will never
 * come; a part that could not load answers with why, and is asked for again
 * on the next request.
 */
export function createPageFacts(deps: PageFactsDeps) {
  let fetcher: FactsFetcher | null | undefined;
  let waiting: string[] | null = null;
  let stopped = false;

  function refuse(ids: readonly string[], reason: string, wholeSite: boolean): void {
    if (ids.length > 0) deps.report({ facts: [], failures: [{ ids: [...ids], reason, wholeSite }] });
  }

  function start(): void {
    deps.load().then(
      (module) => {
        const ids = waiting ?? [];
        waiting = null;
        if (stopped) return;
        const client = module.clientFor[deps.tracker](deps.url(), deps.doc);
        fetcher = client && module.createFactsFetcher(client, deps.report, deps.timed);
        if (fetcher) fetcher.request(ids);
        else refuse(ids, t('overlayStart_thisPageDoesNotSay'), true);
      },
      (error: unknown) => {
        const ids = waiting ?? [];
        waiting = null;
        if (!stopped) refuse(ids, t('pageFacts_clientNotLoaded', String((error as Error)?.message)), false);
      },
    );
  }

  return {
    request(ids: readonly string[]): void {
      if (stopped) return;
      if (fetcher) fetcher.request(ids);
      else if (fetcher === null) refuse(ids, t('overlayStart_thisPageDoesNotSay'), true);
      else if (waiting) waiting.push(...ids);
      else {
        waiting = [...ids];
        start();
      }
    },
    stop(): void {
      stopped = true;
      fetcher?.stop();
    },
  };
}
