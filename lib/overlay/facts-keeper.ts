import type { FactsReport } from '../facts/facts-fetcher';
import { FACTS_LEASE_MS } from '../facts/facts-ledger';
import { sameFacts } from '../facts/same-facts';
import type { Reply } from '../messages/protocol';
import type { Send } from '../messages/reply-sender';
import { MAX_ITEMS_PER_REQUEST } from '../messages/request-limits';
import { IdMap } from '../model/id-map';
import type { ItemFacts } from '../model/item-facts';

export interface FactsKeeperDeps {
  send: Send;
  /** When the tracker last answered for an item, as far as the tab knows (resolve.ts). */
  fetchedAt(id: string): string | undefined;
  /** Takes in, for this tab's own answers, what its fetch brought, before the background hands it round. */
  fetched(facts: FactsReport['facts'], at: string): void;
  /** Fetches, from the tracker's API, the facts of items the background asked for. */
  requestFacts(ids: readonly string[]): void;
  /** Nothing is waited for any more: counts may be shown. */
  settled(): void;
  now(): number;
  /** Runs `fn` after `ms` (the overlay's timers: released with it). */
  later(fn: () => void, ms: number): void;
}

/**
 * How long an item told to the background is not told again with the same
 * facts. The background's answer would be the same: the facts it asked for
 * then are fresh, or leased to a tab for this long, or failed and not tried
 * again before then (facts-ledger.ts). Trackers re-create cards all the time
 * (every hover, every drag on a board), and each telling is a message of its own.
 */
const RETELL_AFTER_MS = FACTS_LEASE_MS;

/**
 * Items whose page facts are told as the page goes: their message is built
 * and sent in the page's pagehide handler, which this keeps short whatever
 * was left untold (a 20,000-card board left while still being read).
 */
const HANDOVER_MOST = 1000;

/** A lease's end this close when its timer fires is the timer's earliness, not another fetch's own lease. */
const RECHECK_WITHIN_MS = 1000;

/**
 * The facts side of the overlay. The tab resolves its items itself, but the
 * background keeps the facts: it hears what the page showed of each new
 * item, and answers which items (and ancestors) this tab should fetch from
 * its tracker, old or missing. Until those answers are in, an item's
 * alignment may still change, so the summary waits (`waiting`), as the
 * popup's count would differ otherwise; a fetch that fails ends the wait
 * like one that succeeds, and one that has not answered within a lease
 * ends it too: the background lets another tab try then, and counts that
 * never come would leave the page without its summary.
 */
interface Told {
  /**
   * When, in ms since the keeper's first item (`origin`): a small whole number, which V8 keeps in the entry itself,
   * where a wall-clock time, or the difference of two, is an object of its own, one more per card a board's load keeps.
   */
  at: number;
  /** As told: compared as JSON only when the item is told again, not written out for each item of a board's load. */
  facts: ItemFacts | undefined;
}

export function createFactsKeeper(deps: FactsKeeperDeps) {
  /** Items to tell, with the facts the page showed of them: made into the message's items only as it is sent. */
  const queued = new Map<string, ItemFacts | undefined>();
  /**
   * How many of `queued` carry facts of the page's: a board left while its
   * 20,000 items are still to be told, none with facts, is then not walked
   * in its pagehide handler for nothing (21.8 ms in a scratch test).
   */
  let queuedWithFacts = 0;
  /** Items told since the last turn of a lease, and the facts they were told with; `toldBefore`: the lease before. */
  let told = new IdMap<Told>();
  let toldBefore = new IdMap<Told>();
  /** When `told` was begun. */
  let turnedAt = Number.NEGATIVE_INFINITY;
  /** The clock `Told.at` counts from: the first item's time. */
  let origin: number | null = null;
  /**
   * Items being fetched, with what the tab knew of them when asked (an answer changes it), and when. The items of
   * one request the tab knew nothing of share one entry (so none is ever changed in place): a new board's load asks
   * for thousands.
   */
  const fetching = new IdMap<Readonly<{ known: string | undefined; since: number }>>();
  /** Requests about facts not answered yet: each may name more to fetch. */
  let asking = 0;

  const waiting = () => queued.size > 0 || asking > 0 || fetching.size > 0;

  /**
   * Forgets what was told over a lease ago, a lease at a time: the older of
   * two maps is dropped whole, so forgetting costs nothing however big the
   * board. Walking one map for what was old took 0.2-0.9 ms on a 2,000-card
   * board, once a lease, inside whichever change came then, and grows with
   * the board. Whatever was told within a lease is still in one of the two.
   */
  function turn(now: number): void {
    if (now - turnedAt < RETELL_AFTER_MS) return;
    toldBefore = now - turnedAt < 2 * RETELL_AFTER_MS ? told : new IdMap();
    told = new IdMap();
    turnedAt = now;
  }

  function settleIfDone(): void {
    if (!waiting()) deps.settled();
  }

  /**
   * Waits for the background's answer to a request about facts, counted in
   * `waiting` until it comes or a lease has passed: an answer that never
   * comes (a message lost on a busy machine) must not keep the counts away
   * for good. An answer, even after that, names what to fetch next.
   */
  function answered(request: () => Promise<Reply<{ fetch: string[] }>>): void {
    // Counted before the request starts: what starts it may already show the page facts that could change its counts.
    asking++;
    let counted = true;
    const done = () => {
      if (!counted) return;
      counted = false;
      asking--;
      settleIfDone();
    };
    deps.later(done, FACTS_LEASE_MS);
    void request().then((reply) => {
      if (reply.ok) fetch(reply.data.fetch);
      done();
    });
  }

  /** Takes the oldest `most` items out of the queue; `withFacts`: only those the page showed facts of. */
  function take(most: number, withFacts: boolean): { id: string; facts?: ItemFacts }[] {
    const items: { id: string; facts?: ItemFacts }[] = [];
    for (const [id, facts] of queued) {
      if (items.length >= most || (withFacts && queuedWithFacts === 0)) break;
      if (withFacts && !facts) continue;
      items.push(facts ? { id, facts } : { id });
      queued.delete(id);
      if (facts) queuedWithFacts--;
    }
    return items;
  }

  function ask(batch: { id: string; facts?: ItemFacts }[]): void {
    answered(() => deps.send({ type: 'keepFacts', items: batch }));
  }

  function fetch(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const since = deps.now();
    const unknown = { known: undefined, since };
    for (const id of ids) {
      const known = deps.fetchedAt(id);
      fetching.set(id, known === undefined ? unknown : { known, since });
    }
    deps.later(giveUp, FACTS_LEASE_MS);
    deps.requestFacts(ids);
  }

  /**
   * Stops waiting for fetches a lease old: their answer, if it ever comes,
   * still updates the page. A timer may fire a little before the wall clock
   * says the lease is over: one still short of it is looked at again then,
   * or the page would wait for it for good.
   */
  function giveUp(): void {
    const now = deps.now();
    let left = Number.POSITIVE_INFINITY;
    for (const [id, { since }] of fetching) {
      const due = since + FACTS_LEASE_MS - now;
      if (due <= 0) fetching.delete(id);
      else left = Math.min(left, due);
    }
    if (left < RECHECK_WITHIN_MS) deps.later(giveUp, left);
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
      const now = deps.now();
      turn(now);
      origin ??= now;
      const at = Math.trunc(now - origin);
      const last = told.get(item.id) ?? toldBefore.get(item.id);
      if (last && at - last.at < RETELL_AFTER_MS && sameFacts(last.facts, item.facts)) return;
      told.set(item.id, { at, facts: item.facts });
      if (queued.get(item.id)) queuedWithFacts--;
      if (item.facts) queuedWithFacts++;
      queued.set(item.id, item.facts);
    },
    /** Tells the background about the items added since the last time (the oldest `most` of them), in as few requests as it takes. */
    flush(most = Number.POSITIVE_INFINITY): void {
      const items = take(most, false);
      for (let at = 0; at < items.length; at += MAX_ITEMS_PER_REQUEST) ask(items.slice(at, at + MAX_ITEMS_PER_REQUEST));
    },
    /**
     * The page is going or hidden: tells the background what the page showed
     * of the items not told yet, at most HANDOVER_MOST of them. The rest wait
     * for a `flush`, which a page that goes never makes: an item told with
     * nothing from the page would only be leased to this tab for a fetch it
     * can no longer make, keeping other tabs from fetching it for a lease.
     */
    handOver(): void {
      const items = take(HANDOVER_MOST, true);
      if (items.length > 0) ask(items);
    },
    /**
     * Facts arrived (`ids`: for these items; `null`: a whole index): the items
     * they answer are no longer waited for. Only the items named are looked
     * at: a 20,000-card board has thousands being fetched, and looking at
     * every one of them for each answer of 100 took 10-20 ms an answer.
     */
    arrived(ids: ReadonlySet<string> | null): void {
      if (fetching.size === 0) return;
      for (const id of ids ?? Array.from(fetching, ([id]) => id)) {
        const asked = fetching.get(id);
        if (asked && deps.fetchedAt(id) !== asked.known) fetching.delete(id);
      }
      settleIfDone();
    },
    /**
     * What one of this tab's fetches brought: taken in at once, handed to the
     * background to keep, and its answer (the parents and epics the facts
     * named, to fetch next) awaited before counts are shown. What the tracker
     * could not answer is not waited for.
     */
    reported(report: FactsReport, at: string): void {
      answered(() => {
        if (report.facts.length > 0) deps.fetched(report.facts, at);
        for (const id of report.failures.flatMap((failure) => failure.ids)) fetching.delete(id);
        return deps.send({ type: 'recordFacts', ...report });
      });
    },
  };
}

export type FactsKeeper = ReturnType<typeof createFactsKeeper>;
