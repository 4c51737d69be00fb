import Fuse, { type IFuseOptions } from 'fuse.js';
import { isHttpUrl } from '../model/http-url';
import { parseItemId, type Tracker } from '../model/item-id';
import { type RankFields, rankEntries } from './rank';

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

/** For typos only (ranking does the rest): lenient enough for a slip in a word, strict enough to miss unrelated ones. */
const SHARED: IFuseOptions<unknown> = { threshold: 0.3, ignoreLocation: true, ignoreDiacritics: true };

const byCode = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const OBJECTIVE_FIELDS: RankFields<SearchableObjective> = {
  code: (objective) => objective.code,
  title: (objective) => objective.title,
  more: (objective) => [objective.owner, objective.description],
};

const ITEM_FIELDS: RankFields<ItemHit> = {
  code: (item) => item.key,
  title: (item) => item.title,
  more: () => [],
};

/**
 * Search over the objectives and the work items the overlay has seen: an
 * exact code or key first, then codes and keys that start so, then titles
 * whose words the query starts, then other words, then the query anywhere;
 * a fuzzy search only when nothing answers, for typos. The fuzzy indexes are
 * built once per data set.
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
    const foundObjectives = rankEntries(
      objectives,
      trimmed,
      OBJECTIVE_FIELDS,
      (a, b) => byCode.compare(a.code, b.code),
      () => objectiveIndex.search(trimmed).map((result) => result.item),
    );
    const foundItems = rankEntries(
      items,
      trimmed,
      ITEM_FIELDS,
      (a, b) => byCode.compare(a.key, b.key),
      () => itemIndex.search(trimmed).map((result) => result.item),
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
