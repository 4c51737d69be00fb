import { isHttpUrl } from '../model/http-url';
import { parseItemId, type Tracker } from '../model/item-id';
import type { Link } from '../model/link';

/** What the Links view needs of the other tables; the database records fit as they are. */
export interface ObjectiveRef {
  id: string;
  code: string;
  title: string;
}
export interface TargetRef {
  id: string;
  name: string;
}
export interface SeenRef {
  id: string;
  title?: string;
  status?: string;
  url: string;
}

/** One link as the Links view shows it: the link joined with its objective, target and what was seen of the item. */
export interface LinkRow {
  id: string;
  link: Link;
  itemId: string;
  tracker: Tracker | null;
  site: string;
  key: string;
  objectiveId: string;
  /** The objective's code, or its id when the objective is gone (the database refuses that, an old pack may not). */
  objectiveCode: string;
  objectiveTitle?: string;
  targetName?: string;
  note?: string;
  createdAt: string;
  title?: string;
  status?: string;
  /** The item's page, only when it is http(s). */
  url?: string;
  /** Lower-cased text the free-text filter looks in, built once rather than on every keystroke. */
  haystack: string;
}

/**
 * Joins every link with its objective, target and seen item in one pass, in
 * the order of the links table's `[itemId+objectiveId]` index (by item, then
 * objective), so that the first rows can be read through the index before
 * the whole table has loaded, and stay put when it has.
 */
export function buildLinkRows(
  links: readonly Link[],
  objectives: readonly ObjectiveRef[],
  targets: readonly TargetRef[],
  seenItems: readonly SeenRef[],
): LinkRow[] {
  const objectiveById = new Map(objectives.map((objective) => [objective.id, objective]));
  const targetById = new Map(targets.map((target) => [target.id, target]));
  const seenById = new Map(seenItems.map((item) => [item.id, item]));
  const rows = links.map((link): LinkRow => {
    const parts = parseItemId(link.itemId);
    const objective = objectiveById.get(link.objectiveId);
    const targetName = link.targetId === undefined ? undefined : targetById.get(link.targetId)?.name;
    const seen = seenById.get(link.itemId);
    const key = parts?.key ?? link.itemId;
    const objectiveCode = objective?.code ?? link.objectiveId;
    return {
      id: link.id,
      link,
      itemId: link.itemId,
      tracker: parts?.tracker ?? null,
      site: parts?.site ?? '',
      key,
      objectiveId: link.objectiveId,
      objectiveCode,
      objectiveTitle: objective?.title,
      targetName,
      note: link.note,
      createdAt: link.createdAt,
      title: seen?.title,
      status: seen?.status,
      url: seen && isHttpUrl(seen.url) ? seen.url : undefined,
      haystack: [key, seen?.title, seen?.status, objectiveCode, objective?.title, targetName, link.note, link.createdBy]
        .filter((part) => part)
        .join('\n')
        .toLowerCase(),
    };
  });
  return rows.sort((a, b) => compare(a.itemId, b.itemId) || compare(a.objectiveId, b.objectiveId));
}

/** Code-unit order, as IndexedDB orders string keys (not the locale's). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
