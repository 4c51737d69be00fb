import type { AnnotateItem } from '../messages/protocol';
import type { AnnotateResult, ItemAlignment, ObjectiveSummary } from '../model/annotation';

/**
 * What the background said about each item, and which items are being asked
 * about, so that a scan never asks twice for the same item.
 */
export function createAnnotationStore(request: (items: AnnotateItem[]) => Promise<AnnotateResult | null>) {
  let alignments = new Map<string, ItemAlignment[]>();
  const objectives = new Map<string, ObjectiveSummary>();
  const pending = new Set<string>();
  let generation = 0;

  return {
    objectives: objectives as ReadonlyMap<string, ObjectiveSummary>,
    get(id: string): ItemAlignment[] | undefined {
      return alignments.get(id);
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
      const result = items.length > 0 ? await request(items) : { items: {}, objectives: {} };
      if (!result || asked !== generation) return false;
      alignments = new Map(Object.entries(result.items));
      objectives.clear();
      for (const [id, objective] of Object.entries(result.objectives)) objectives.set(id, objective);
      return true;
    },
  };
}
