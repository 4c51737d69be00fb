import type { ItemAlignment } from '../model/annotation';
import type { PageItem } from './page-items';
import { createSummaryTally } from './summary-tally';

/**
 * Which of the page's items count in the summary, kept item by item: those
 * counted (in the tally), those listed but still waiting for their answer
 * (they hold the summary back), and how many each reader of the view counts
 * (the first with any places the summary).
 */
export function createPageCounts() {
  const tally = createSummaryTally();
  let pending = 0;
  let perReader: number[] = [];

  return {
    /** Aligned, total and the split by objective of the items counted. */
    tally,
    /** Listed items still waiting for their answer. */
    get pending(): number {
      return pending;
    },
    /** Whether an item is in the counts: counted, or listed and waiting for its answer. */
    has(item: PageItem): boolean {
      return item.counted !== null;
    },
    /** Moves an item in or out of the counts, or updates what it counts as. */
    account(item: PageItem, listed: boolean): void {
      const was = item.counted;
      const now: PageItem['counted'] = !listed ? null : item.resolution === 'pending' ? 'pending' : 'counted';
      if (was === 'counted' && now === 'counted') {
        tally.update(item.id, item.resolution as readonly ItemAlignment[]);
        return;
      }
      if (was === now) return;
      if (was === 'pending') pending--;
      if (was === 'counted') {
        tally.remove(item.id);
        perReader[item.reader] = (perReader[item.reader] ?? 1) - 1;
      }
      if (now === 'pending') pending++;
      if (now === 'counted') {
        tally.add(item.id, item.resolution as readonly ItemAlignment[]);
        perReader[item.reader] = (perReader[item.reader] ?? 0) + 1;
      }
      item.counted = now;
    },
    /** A new view, with this many readers. */
    startView(readers: number): void {
      perReader = new Array<number>(readers).fill(0);
    },
    /** The first reader of the view that counts any item; -1 for none. */
    firstReader(): number {
      return perReader.findIndex((count) => count > 0);
    },
    clear(): void {
      tally.clear();
      pending = 0;
    },
  };
}
