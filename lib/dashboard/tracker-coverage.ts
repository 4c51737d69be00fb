import type { AlignmentReason } from '../model/annotation';
import { TRACKERS, type Tracker } from '../model/item-id';
import type { SeenWork } from './seen-work';
import { share } from './share';

export interface Coverage {
  seen: number;
  aligned: number;
  /** aligned / seen; `null` when nothing was seen. */
  share: number | null;
}

export interface SiteCoverage extends Coverage {
  site: string;
}

export interface TrackerCoverage extends Coverage {
  tracker: Tracker;
  /** The aligned items by their most deliberate reason: linked, by a rule, inherited from a parent. */
  byReason: Record<AlignmentReason, number>;
  /** The busiest site first. */
  sites: SiteCoverage[];
}

/**
 * How much of the seen work on each tracker and site serves an objective.
 * Every tracker is listed, seen or not, so a tracker nobody has browsed yet
 * shows as such instead of disappearing.
 */
export function trackerCoverage(
  work: readonly SeenWork[],
  aligned: ReadonlySet<string>,
  reasons: ReadonlyMap<string, AlignmentReason>,
): TrackerCoverage[] {
  const counts = new Map<Tracker, Map<string, { seen: number; aligned: number }>>(
    TRACKERS.map((tracker) => [tracker, new Map()]),
  );
  const byReason = new Map<Tracker, Record<AlignmentReason, number>>(
    TRACKERS.map((tracker) => [tracker, { link: 0, rule: 0, inherited: 0 }]),
  );
  for (const item of work) {
    const reason = reasons.get(item.id);
    const trackerReasons = byReason.get(item.tracker);
    if (reason && trackerReasons && aligned.has(item.id)) trackerReasons[reason]++;
    const sites = counts.get(item.tracker);
    if (!sites) continue;
    let site = sites.get(item.site);
    if (!site) {
      site = { seen: 0, aligned: 0 };
      sites.set(item.site, site);
    }
    site.seen++;
    if (aligned.has(item.id)) site.aligned++;
  }
  return TRACKERS.map((tracker) => {
    const sites = [...(counts.get(tracker) ?? [])]
      .map(([site, count]) => ({ site, ...count, share: share(count.aligned, count.seen) }))
      .sort((a, b) => b.seen - a.seen || (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
    const seen = sites.reduce((sum, site) => sum + site.seen, 0);
    const alignedCount = sites.reduce((sum, site) => sum + site.aligned, 0);
    return {
      tracker,
      seen,
      aligned: alignedCount,
      share: share(alignedCount, seen),
      byReason: byReason.get(tracker)!,
      sites,
    };
  });
}
