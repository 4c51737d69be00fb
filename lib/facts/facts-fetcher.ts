import { t } from '../i18n/catalogue';
import type { ItemFacts } from '../model/item-facts';
import { type ItemIdParts, parseItemId } from '../model/item-id';
import { type FactsClient, type Timed, untimed } from './facts-client';
import { FactsError } from './facts-error';

/** Requests in flight to one site at once: a board's worth of facts comes quickly without crowding the tracker. */
export const FACTS_CONCURRENCY = 2;

export interface FactsReport {
  facts: { id: string; facts: ItemFacts }[];
  failures: { ids: string[]; reason: string; retryAfterMs?: number; wholeSite: boolean }[];
}

/**
 * Fetches the facts the background asked for, for items of this page's
 * site: in batches of the client's size, a few at a time, each batch
 * reported as it comes (so rule-aligned chips appear as their facts do).
 * When the whole site refuses (signed out, too many requests) what is still
 * queued is reported with the same reason instead of asking again. Never
 * throws: every outcome becomes a report.
 */
export function createFactsFetcher(
  client: FactsClient,
  report: (report: FactsReport) => void,
  /** Runs what is done with each answer, its reading included: the tab's work timer, as answers come outside any piece of its work. */
  timed: Timed = untimed,
) {
  const queued: ItemIdParts[] = [];
  const wanted = new Set<string>();
  const controller = new AbortController();
  let running = 0;

  const idOf = (parts: ItemIdParts) => `${parts.tracker}:${parts.site}:${parts.key}`;

  async function run(batch: ItemIdParts[]): Promise<void> {
    let answer: { found: Map<string, ItemFacts> } | { error: unknown };
    try {
      answer = {
        found: await client.fetch(
          batch.map((parts) => parts.key),
          controller.signal,
          timed,
        ),
      };
    } catch (error) {
      answer = { error };
    }
    timed(() => {
      const ids = batch.map(idOf);
      try {
        if ('found' in answer) reportFound(batch, answer.found);
        else reportFailure(ids, answer.error);
      } catch (error) {
        reportFailure(ids, error);
      } finally {
        for (const id of ids) wanted.delete(id);
        running--;
        pump();
      }
    });
  }

  function reportFound(batch: readonly ItemIdParts[], found: Map<string, ItemFacts>): void {
    const byKey = new Map([...found].map(([key, facts]) => [key.toUpperCase(), facts]));
    const facts: FactsReport['facts'] = [];
    const missing: string[] = [];
    for (const parts of batch) {
      const known = byKey.get(parts.key.toUpperCase());
      if (known) facts.push({ id: idOf(parts), facts: known });
      else missing.push(idOf(parts));
    }
    report({
      facts,
      failures:
        missing.length > 0 ? [{ ids: missing, reason: t('factsFetcher_theTrackerDoesNotShow'), wholeSite: false }] : [],
    });
  }

  function reportFailure(ids: readonly string[], error: unknown): void {
    if (controller.signal.aborted) return;
    const failure =
      error instanceof FactsError
        ? error
        : new FactsError(t('factsFetcher_theTrackerSAnswerCould', (error as Error)?.message ?? error), false);
    const alsoQueued = failure.wholeSite ? queued.splice(0).map(idOf) : [];
    // Answered now: asked again later (the background says when), they are fetched, not taken for on their way.
    for (const id of alsoQueued) wanted.delete(id);
    report({
      facts: [],
      failures: [
        {
          ids: [...ids, ...alsoQueued],
          reason: failure.reason,
          ...(failure.retryAfterMs !== undefined && { retryAfterMs: Math.round(failure.retryAfterMs) }),
          wholeSite: failure.wholeSite,
        },
      ],
    });
  }

  function pump(): void {
    while (running < FACTS_CONCURRENCY && queued.length > 0 && !controller.signal.aborted) {
      running++;
      void run(queued.splice(0, client.batchSize));
    }
  }

  return {
    /** Queues items whose facts are not already on their way. */
    request(ids: readonly string[]): void {
      for (const id of ids) {
        const parts = parseItemId(id);
        if (!parts) continue;
        const canonical = idOf(parts);
        if (wanted.has(canonical)) continue;
        wanted.add(canonical);
        queued.push(parts);
      }
      pump();
    },
    /** Stops: nothing more is asked or reported (the page went, or the extension was reloaded). */
    stop(): void {
      controller.abort();
      queued.length = 0;
    },
  };
}
export type FactsFetcher = ReturnType<typeof createFactsFetcher>;
