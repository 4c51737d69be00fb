import { TRACKERS, type Tracker } from '../model/item-id';
import type { SeenWork } from './seen-work';

/** Rows of one site shown at a time: a page of thousands would take seconds to lay out. */
export const WORK_PAGE_SIZE = 20;

/**
 * One tracker site's unaligned work as the dashboard lists it: how much
 * there is, and one page of it (newest first). The dashboard's answer holds
 * each site's first page; the others are asked for when shown, so ten
 * thousand unaligned items do not travel to show twenty.
 */
export interface UnalignedSite {
  tracker: Tracker;
  site: string;
  count: number;
  /** Which page `items` is, from 0; the last one when a later page was asked for. */
  page: number;
  items: SeenWork[];
}

/** Unaligned work by tracker (in the usual order) and site (the most unaligned first), each with its first page. */
export function unalignedSites(unaligned: readonly SeenWork[], pageSize = WORK_PAGE_SIZE): UnalignedSite[] {
  const groups = new Map<string, { tracker: Tracker; site: string; items: SeenWork[] }>();
  for (const item of unaligned) {
    const key = `${item.tracker}:${item.site}`;
    let group = groups.get(key);
    if (!group) {
      group = { tracker: item.tracker, site: item.site, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        TRACKERS.indexOf(a.tracker) - TRACKERS.indexOf(b.tracker) ||
        b.items.length - a.items.length ||
        (a.site < b.site ? -1 : a.site > b.site ? 1 : 0),
    )
    .map(({ tracker, site, items }) => pageOf(tracker, site, items, 0, pageSize));
}

/** One page of a site's unaligned work; past the end, the last page (the list may have shrunk since it was shown). */
export function unalignedSitePage(
  unaligned: readonly SeenWork[],
  tracker: Tracker,
  site: string,
  page: number,
  pageSize = WORK_PAGE_SIZE,
): UnalignedSite {
  const items = unaligned.filter((item) => item.tracker === tracker && item.site === site);
  return pageOf(tracker, site, items, page, pageSize);
}

function pageOf(tracker: Tracker, site: string, items: SeenWork[], page: number, pageSize: number): UnalignedSite {
  const last = Math.max(0, Math.ceil(items.length / pageSize) - 1);
  const shown = Math.min(Math.max(0, page), last);
  return {
    tracker,
    site,
    count: items.length,
    page: shown,
    items: items.slice(shown * pageSize, (shown + 1) * pageSize),
  };
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
