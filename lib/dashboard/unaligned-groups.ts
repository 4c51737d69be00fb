import { TRACKERS, type Tracker } from '../model/item-id';
import type { SeenWork } from './seen-work';

/** Unaligned work of one tracker site, in the order given (newest first). */
export interface SiteGroup {
  tracker: Tracker;
  site: string;
  items: SeenWork[];
}

/** Unaligned work grouped by tracker (in the usual order) and site (the most unaligned first). */
export function groupBySite(work: readonly SeenWork[]): SiteGroup[] {
  const groups = new Map<string, SiteGroup>();
  for (const item of work) {
    const key = `${item.tracker}:${item.site}`;
    let group = groups.get(key);
    if (!group) {
      group = { tracker: item.tracker, site: item.site, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()].sort(
    (a, b) =>
      TRACKERS.indexOf(a.tracker) - TRACKERS.indexOf(b.tracker) ||
      b.items.length - a.items.length ||
      (a.site < b.site ? -1 : a.site > b.site ? 1 : 0),
  );
}

/**
 * Where unaligned work piles up: per tracker site and, on Jira, per project
 * (the key's prefix; Asana and Azure DevOps ids carry no project), the
 * largest first. What a steering report lists as "the largest unaligned work".
 */
export interface UnalignedBlock {
  tracker: Tracker;
  site: string;
  project: string | null;
  unaligned: number;
  seen: number;
  examples: SeenWork[];
}

export function largestUnaligned(
  work: readonly SeenWork[],
  aligned: ReadonlySet<string>,
  perTracker: number,
): UnalignedBlock[] {
  const blocks = new Map<string, UnalignedBlock>();
  for (const item of work) {
    const project = item.tracker === 'jira' ? item.key.slice(0, item.key.lastIndexOf('-')) : null;
    const key = `${item.tracker}:${item.site}:${project ?? ''}`;
    let block = blocks.get(key);
    if (!block) {
      block = { tracker: item.tracker, site: item.site, project, unaligned: 0, seen: 0, examples: [] };
      blocks.set(key, block);
    }
    block.seen++;
    if (aligned.has(item.id)) continue;
    block.unaligned++;
    if (block.examples.length < 3) block.examples.push(item);
  }
  return TRACKERS.flatMap((tracker) =>
    [...blocks.values()]
      .filter((block) => block.tracker === tracker && block.unaligned > 0)
      .sort((a, b) => b.unaligned - a.unaligned || (a.site + (a.project ?? '') < b.site + (b.project ?? '') ? -1 : 1))
      .slice(0, perTracker),
  );
}
