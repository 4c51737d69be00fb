import { t } from '../i18n/catalogue';
import type { ItemFacts } from '../model/item-facts';
import { canonicalItemId } from '../model/item-id';
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
  /**
   * Canonical ids, kept as the strings the background sent (already
   * canonical): a 20,000-card board asks for most of its cards, and each id
   * parsed and spelled again while it waited was about 100 bytes more of the
   * page's heap, a load's young garbage collections copying them.
   */
  const queued: string[] = [];
  const wanted = new Set<string>();
  const controller = new AbortController();
  let running = 0;

  async function run(batch: string[]): Promise<void> {
    let answer: { found: Map<string, ItemFacts> } | { error: unknown };
    try {
      answer = { found: await client.fetch(batch.map(keyOf), controller.signal, timed) };
    } catch (error) {
      answer = { error };
    }
    timed(() => {
      try {
        if ('found' in answer) reportFound(batch, answer.found);
        else reportFailure(batch, answer.error);
      } catch (error) {
        reportFailure(batch, error);
      } finally {
        for (const id of batch) wanted.delete(id);
        running--;
        // The next request from a task of its own: starting it (its `fetch()` call) took 0.8-18.7 ms of the piece
        // that took this answer in, on a 20,000-card board whose answers keep coming for seconds.
        setTimeout(() => timed(pump), 0);
      }
    });
  }

  function reportFound(batch: readonly string[], found: Map<string, ItemFacts>): void {
    const byKey = new Map([...found].map(([key, facts]) => [key.toUpperCase(), facts]));
    const facts: FactsReport['facts'] = [];
    const missing: string[] = [];
    for (const id of batch) {
      const known = byKey.get(keyOf(id).toUpperCase());
      if (known) facts.push({ id, facts: known });
      else missing.push(id);
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
    const alsoQueued = failure.wholeSite ? queued.splice(0) : [];
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
        const canonical = canonicalItemId(id);
        if (canonical === null || wanted.has(canonical)) continue;
        wanted.add(canonical);
        queued.push(canonical);
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

/** The key of a canonical id: after its last colon (a site may hold one, before its port). */
function keyOf(id: string): string {
  return id.slice(id.lastIndexOf(':') + 1);
}
