import type { AnnotateItem } from '../messages/protocol';
import type { AnnotateResult, ItemAlignment, ObjectiveSummary } from '../model/annotation';

/**
 * What the background said about each item, and which items are being asked
 * about, so that a scan never asks twice for the same item.
 */
export function createAnnotationStore(request: (items: AnnotateItem[]) => Promise<AnnotateResult | null>) {
  let alignments = new Map<string, ItemAlignment[]>();
  /**
   * Items whose facts this page is fetching from its tracker: their answer may
   * change when the facts come. Only this page's own fetches count: one
   * another tab holds may never finish (that tab may close), and its result
   * reaches this page as a change notice anyway.
   */
  let fetching = new Set<string>();
  const objectives = new Map<string, ObjectiveSummary>();
  const noteFacts = (result: AnnotateResult, replace: boolean) => {
    const inFlight = (id: string) => result.facts[id]?.state === 'fetching';
    if (replace) fetching = new Set([...fetching].filter(inFlight));
    else for (const id of Object.keys(result.items)) if (!inFlight(id)) fetching.delete(id);
    for (const id of result.fetch) fetching.add(id);
  };

  const pending = new Set<string>();
  let generation = 0;

  return {
    objectives: objectives as ReadonlyMap<string, ObjectiveSummary>,
    get(id: string): ItemAlignment[] | undefined {
      return alignments.get(id);
    },
    /** Whether an item's answer waits on facts being fetched from its tracker. */
    isFetching(id: string): boolean {
      return fetching.has(id);
    },
    isKnown(id: string): boolean {
      return alignments.has(id) || pending.has(id);
    },
    /** Asks about the items not known yet in one request; resolves true when answers arrived. */
    async fetch(items: AnnotateItem[]): Promise<boolean> {
      const wanted = items.filter((item) => !alignments.has(item.id) && !pending.has(item.id));
      if (wanted.length === 0) return false;
      for (const item of wanted) pending.add(item.id);
      const asked = generation;
      const result = await request(wanted);
      for (const item of wanted) pending.delete(item.id);
      if (!result || asked !== generation) return false;
      for (const [id, objective] of Object.entries(result.objectives)) objectives.set(id, objective);
      for (const [id, list] of Object.entries(result.items)) alignments.set(id, list);
      noteFacts(result, false);
      return true;
    },
    /**
     * Asks again about every item in view (links or the catalogue changed).
     * The old answers stay on screen until the new ones arrive; answers to
     * older requests still in flight are dropped.
     */
    async refresh(items: AnnotateItem[]): Promise<boolean> {
      const asked = ++generation;
      pending.clear();
      const result = items.length > 0 ? await request(items) : { items: {}, objectives: {}, facts: {}, fetch: [] };
      if (!result || asked !== generation) return false;
      alignments = new Map(Object.entries(result.items));
      objectives.clear();
      for (const [id, objective] of Object.entries(result.objectives)) objectives.set(id, objective);
      noteFacts(result, true);
      return true;
    },
  };
}
