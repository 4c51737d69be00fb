import { isTracker, TRACKERS, type Tracker } from '../model/item-id';
import type { LinkRow } from './link-rows';

/** What the Links view is narrowed to; an empty field does not narrow. */
export interface LinkFilter {
  objectiveId: string;
  tracker: Tracker | '';
  site: string;
  text: string;
}

export const NO_FILTER: LinkFilter = { objectiveId: '', tracker: '', site: '', text: '' };

export function isFiltering(filter: LinkFilter): boolean {
  return filter.objectiveId !== '' || filter.tracker !== '' || filter.site !== '' || filter.text.trim() !== '';
}

/** The rows that pass every field of the filter; every word of the text must occur somewhere in a row. */
export function filterLinkRows(rows: readonly LinkRow[], filter: LinkFilter): readonly LinkRow[] {
  if (!isFiltering(filter)) return rows;
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filter.objectiveId === '' || row.objectiveId === filter.objectiveId) &&
      (filter.tracker === '' || row.tracker === filter.tracker) &&
      (filter.site === '' || row.site === filter.site) &&
      words.every((word) => row.haystack.includes(word)),
  );
}

/** The values the filter's lists offer: only those some link has, so no choice leads to an empty list. */
export interface FilterChoices {
  objectives: { id: string; code: string; title?: string }[];
  trackers: Tracker[];
  sites: string[];
}

/** One collator for every comparison: creating one per `localeCompare` call costs more than the sort. */
const byCode = new Intl.Collator('en', { numeric: true });

export function filterChoices(rows: readonly LinkRow[]): FilterChoices {
  const objectives = new Map<string, { id: string; code: string; title?: string }>();
  const trackers = new Set<Tracker>();
  const sites = new Set<string>();
  for (const row of rows) {
    if (!objectives.has(row.objectiveId))
      objectives.set(row.objectiveId, { id: row.objectiveId, code: row.objectiveCode, title: row.objectiveTitle });
    if (row.tracker) trackers.add(row.tracker);
    if (row.site) sites.add(row.site);
  }
  return {
    objectives: [...objectives.values()].sort((a, b) => byCode.compare(a.code, b.code)),
    trackers: TRACKERS.filter((tracker) => trackers.has(tracker)),
    sites: [...sites].sort(),
  };
}

/**
 * The filter as the rest of the route spells it (`#links/objective=ob-grow-2&q=checkout`),
 * so that a filtered view can be bookmarked or linked to from other sections.
 */
export function formatLinkFilter(filter: LinkFilter): string {
  const params = new URLSearchParams();
  if (filter.objectiveId) params.set('objective', filter.objectiveId);
  if (filter.tracker) params.set('tracker', filter.tracker);
  if (filter.site) params.set('site', filter.site);
  if (filter.text) params.set('q', filter.text);
  return params.toString();
}

/** Reads a filter back from the route; unknown or malformed parts are ignored. */
export function parseLinkFilter(arg: string): LinkFilter {
  const params = new URLSearchParams(arg);
  const tracker = params.get('tracker') ?? '';
  return {
    objectiveId: params.get('objective') ?? '',
    tracker: isTracker(tracker) ? tracker : '',
    site: params.get('site') ?? '',
    text: params.get('q') ?? '',
  };
}
