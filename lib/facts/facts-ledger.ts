import type { FactsNote } from '../model/annotation';
import { parseItemId } from '../model/item-id';

/** Facts from a tracker serve this long; older ones still serve while a fresh fetch runs. */
export const FACTS_FRESH_MS = 60 * 60_000;
/** How long one tab has to fetch an item's facts before another may try. */
export const FACTS_LEASE_MS = 30_000;
/** After a failure, how long before the same items are tried again (unless the tracker said when). */
export const FACTS_RETRY_MS = 5 * 60_000;

interface Failure {
  reason: string;
  until: number;
}

export interface FactsCandidate {
  id: string;
  /** When the tracker last answered for the item; absent if never. */
  fetchedAt?: string;
}

/**
 * Who fetches which facts, in the background's memory: the first tab to ask
 * about a stale item is told to fetch it and holds a lease meanwhile, so two
 * tabs or two views never fetch the same item twice; a failure is remembered
 * with its reason until it may be tried again, per item or for a whole site
 * (signed out, rate-limited). Forgotten when the worker stops, which only
 * means a fetch may be tried again.
 */
export function createFactsLedger() {
  const leases = new Map<string, number>();
  const itemFailures = new Map<string, Failure>();
  const siteFailures = new Map<string, Failure>();

  const siteOf = (id: string) => {
    const parts = parseItemId(id);
    return parts ? `${parts.tracker}:${parts.site}` : '';
  };
  const current = (failures: Map<string, Failure>, key: string, now: number) => {
    const failure = failures.get(key);
    if (failure && failure.until <= now) failures.delete(key);
    return failure && failure.until > now ? failure : undefined;
  };

  return {
    /** The candidates the asker should fetch now; each is leased to it. */
    claim(candidates: readonly FactsCandidate[], now: number): string[] {
      const claimed: string[] = [];
      for (const { id, fetchedAt } of candidates) {
        if (fetchedAt !== undefined && now - Date.parse(fetchedAt) < FACTS_FRESH_MS) continue;
        if ((leases.get(id) ?? 0) > now) continue;
        if (current(itemFailures, id, now) || current(siteFailures, siteOf(id), now)) continue;
        leases.set(id, now + FACTS_LEASE_MS);
        claimed.push(id);
      }
      return claimed;
    },

    fetched(ids: readonly string[]): void {
      for (const id of ids) {
        leases.delete(id);
        itemFailures.delete(id);
      }
    },

    /** Items the tracker could not answer for; `site` too when the whole site refused (signed out, too many requests). */
    failed(ids: readonly string[], reason: string, until: number, wholeSite: boolean): void {
      for (const id of ids) {
        leases.delete(id);
        itemFailures.set(id, { reason, until });
      }
      if (wholeSite && ids.length > 0) siteFailures.set(siteOf(ids[0]!), { reason, until });
    },

    /** What to say of an item whose tracker facts are not known, or undefined when nothing is amiss. */
    note(id: string, now: number): FactsNote | undefined {
      const failure = current(itemFailures, id, now) ?? current(siteFailures, siteOf(id), now);
      if (failure) return { state: 'unavailable', reason: failure.reason };
      if ((leases.get(id) ?? 0) > now) return { state: 'fetching' };
      return undefined;
    },
  };
}
export type FactsLedger = ReturnType<typeof createFactsLedger>;
