import { isTracker, TRACKERS, type Tracker } from '../model/item-id';
import type { SeenWork } from './seen-work';

/** Which tracker's work to list; `all` for every tracker. */
export type TrackerFilter = Tracker | 'all';

/** The work that serves no objective, in the order given (newest first from `seenWork`). */
export function unalignedWork(work: readonly SeenWork[], aligned: ReadonlySet<string>): SeenWork[] {
  return work.filter((item) => !aligned.has(item.id));
}

export function filterByTracker(work: readonly SeenWork[], filter: TrackerFilter): readonly SeenWork[] {
  return filter === 'all' ? work : work.filter((item) => item.tracker === filter);
}

/** How many items each tracker has, for the filter's choices. */
export function countByTracker(work: readonly SeenWork[]): Record<Tracker, number> {
  const counts = Object.fromEntries(TRACKERS.map((tracker) => [tracker, 0])) as Record<Tracker, number>;
  for (const item of work) counts[item.tracker]++;
  return counts;
}

/** A filter from a form value; anything unknown means every tracker. */
export function parseTrackerFilter(value: string): TrackerFilter {
  return isTracker(value) ? value : 'all';
}
