import Fuse, { type IFuseOptions } from 'fuse.js';
import { isHttpUrl } from '../model/http-url';
import { parseItemId, type Tracker } from '../model/item-id';

/** What the workspace search reads of an objective; database records fit as they are. */
export interface SearchableObjective {
  id: string;
  code: string;
  title: string;
  owner?: string;
  description?: string;
  status: string;
  archived?: boolean;
}

/** What the workspace search reads of a seen work item. */
export interface SearchableItem {
  id: string;
  title?: string;
  status?: string;
  url: string;
}

export interface ItemHit {
  id: string;
  key: string;
  tracker: Tracker | null;
  site: string;
  title?: string;
  status?: string;
  /** Only when the item's page is http(s), so that it may be opened. */
  url?: string;
}

export interface WorkspaceResults {
  objectives: SearchableObjective[];
  items: ItemHit[];
  /** How many matched before the limit, so the view can say what it left out. */
  objectiveCount: number;
  itemCount: number;
}

/** Lenient enough for a typo in a code or title, strict enough that "pay" does not match every word with a p. */
const SHARED: IFuseOptions<unknown> = { threshold: 0.35, ignoreLocation: true, ignoreDiacritics: true };

/**
 * Fuzzy search over the objectives and the work items the overlay has seen.
 * The indexes are built once per data set; each query then costs a scan of
 * them. An exact code or item key always comes first.
 */
export function createWorkspaceSearch(
  objectives: readonly SearchableObjective[],
  seenItems: readonly SearchableItem[],
): (query: string, limit?: number) => WorkspaceResults {
  const items = seenItems.map(toItemHit);
  const objectiveIndex = new Fuse(objectives, {
    ...SHARED,
    keys: [
      { name: 'code', weight: 3 },
      { name: 'title', weight: 2 },
      { name: 'owner', weight: 1 },
      { name: 'description', weight: 0.5 },
    ],
  });
  const itemIndex = new Fuse(items, {
    ...SHARED,
    keys: [
      { name: 'key', weight: 3 },
      { name: 'title', weight: 2 },
    ],
  });
  return (query, limit = 50) => {
    const trimmed = query.trim();
    if (!trimmed) return { objectives: [], items: [], objectiveCount: 0, itemCount: 0 };
    const exact = trimmed.toLowerCase();
    const foundObjectives = exactFirst(
      objectiveIndex.search(trimmed).map((result) => result.item),
      (objective) => objective.code.toLowerCase() === exact,
    );
    const foundItems = exactFirst(
      itemIndex.search(trimmed).map((result) => result.item),
      (item) => item.key.toLowerCase() === exact,
    );
    return {
      objectives: foundObjectives.slice(0, limit),
      items: foundItems.slice(0, limit),
      objectiveCount: foundObjectives.length,
      itemCount: foundItems.length,
    };
  };
}

function toItemHit(item: SearchableItem): ItemHit {
  const parts = parseItemId(item.id);
  return {
    id: item.id,
    key: parts?.key ?? item.id,
    tracker: parts?.tracker ?? null,
    site: parts?.site ?? '',
    title: item.title,
    status: item.status,
    url: isHttpUrl(item.url) ? item.url : undefined,
  };
}

function exactFirst<T>(list: readonly T[], isExact: (entry: T) => boolean): T[] {
  return [...list.filter(isExact), ...list.filter((entry) => !isExact(entry))];
}
