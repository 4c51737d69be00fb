import { MAX_ITEMS_PER_REQUEST } from '../messages/request-limits';
import type { Send } from '../messages/reply-sender';
import type { ItemFacts } from '../model/item-facts';

export interface FactsKeeperDeps {
  send: Send;
  /** When the tracker last answered for an item, as far as the tab knows (resolve.ts). */
  fetchedAt(id: string): string | undefined;
  /** Fetches, from the tracker's API, the facts of items the background asked for. */
  requestFacts(ids: readonly string[]): void;
  /** Nothing is waited for any more: counts may be shown. */
  settled(): void;
}

/**
 * The facts side of the overlay. The tab resolves its items itself, but the
 * background keeps the facts: it hears what the page showed of each new
 * item, and answers which items (and ancestors) this tab should fetch from
 * its tracker, old or missing. Until those answers are in, an item's
 * alignment may still change, so the summary waits (`waiting`), as the
 * popup's count would differ otherwise; a fetch that fails ends the wait
 * like one that succeeds.
 */
export function createFactsKeeper(deps: FactsKeeperDeps) {
  const queued = new Map<string, { id: string; facts?: ItemFacts }>();
  /** Items being fetched, with what the tab knew of them when asked: an answer changes it. */
  const fetching = new Map<string, string | undefined>();
  let asking = 0;

  const waiting = () => queued.size > 0 || asking > 0 || fetching.size > 0;

  function settleIfDone(): void {
    if (!waiting()) deps.settled();
  }

  async function ask(batch: { id: string; facts?: ItemFacts }[]): Promise<void> {
    asking++;
    const reply = await deps.send({ type: 'keepFacts', items: batch });
    asking--;
    if (reply.ok && reply.data.fetch.length > 0) {
      for (const id of reply.data.fetch) fetching.set(id, deps.fetchedAt(id));
      deps.requestFacts(reply.data.fetch);
    }
    settleIfDone();
  }

  return {
    /** Whether counts must wait: facts are still being asked about or fetched. */
    get waiting(): boolean {
      return waiting();
    },
    /** Items added and not told yet. */
    get queued(): number {
      return queued.size;
    },
    /** A new item in the page, with what the page shows of it: told with the others of its batch (`flush`). */
    add(item: { id: string; facts?: ItemFacts }): void {
      queued.set(item.id, item.facts ? { id: item.id, facts: item.facts } : { id: item.id });
    },
    /** Tells the background about the items added since the last time, in as few requests as it takes. */
    flush(): void {
      const items = [...queued.values()];
      queued.clear();
      for (let at = 0; at < items.length; at += MAX_ITEMS_PER_REQUEST)
        void ask(items.slice(at, at + MAX_ITEMS_PER_REQUEST));
    },
    /** Facts arrived (an index, or the tracker's answers): the items they answer are no longer waited for. */
    arrived(): void {
      if (fetching.size === 0) return;
      for (const [id, asked] of fetching) if (deps.fetchedAt(id) !== asked) fetching.delete(id);
      settleIfDone();
    },
    /** The tracker could not answer for these: they are not waited for. */
    failed(ids: readonly string[]): void {
      for (const id of ids) fetching.delete(id);
      settleIfDone();
    },
  };
}

export type FactsKeeper = ReturnType<typeof createFactsKeeper>;
