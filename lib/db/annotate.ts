import { resolveAlignments } from '../alignment/resolve';
import { targetProgress } from '../alignment/target-progress';
import type { AnnotateResult, ItemAlignment, ItemContext, ObjectiveSummary } from '../model/annotation';
import { parseItemId } from '../model/item-id';
import type { Link } from '../model/link';
import type { Objective } from '../model/objective';
import type { Rule } from '../model/rule';
import { alignmentTables, type CatalogueView, groupBy, readCatalogueView, whereAnyOf } from './alignment-snapshot';
import type { ThroughlineDatabase } from './database';
import { currentSnapshot, warmAnnotations } from './snapshot-cache';

export interface AnnotateOptions {
  now: Date;
  staleAfterDays: number;
}

type AnnotateItem = { id: string; context?: ItemContext };

/** Each item's reasons; an item listed twice (seen twice on a page) gets the rules of both contexts. */
function alignItems(
  items: readonly AnnotateItem[],
  linksByItem: ReadonlyMap<string, readonly Link[]>,
  rules: readonly Rule[],
): Map<string, ItemAlignment[]> {
  const alignments = new Map<string, ItemAlignment[]>();
  for (const { id, context } of items)
    alignments.set(
      id,
      resolveAlignments(linksByItem.get(id) ?? [], rules, parseItemId(id), context, alignments.get(id)),
    );
  return alignments;
}

function objectiveIdsOf(alignments: ReadonlyMap<string, readonly ItemAlignment[]>): string[] {
  return [...new Set([...alignments.values()].flat().map((alignment) => alignment.objectiveId))];
}

/** An objective as chips, cards and the popup show it: with its theme and its targets' progress now. */
export function objectiveSummary(
  objective: Objective,
  view: CatalogueView,
  options: AnnotateOptions,
): ObjectiveSummary {
  const theme = objective.themeId != null ? view.themes.get(objective.themeId) : undefined;
  return {
    id: objective.id,
    code: objective.code,
    title: objective.title,
    status: objective.status,
    ...(objective.owner !== undefined && { owner: objective.owner }),
    ...(objective.period !== undefined && { period: objective.period }),
    ...(objective.url !== undefined && { url: objective.url }),
    ...(theme !== undefined && { themeName: theme.name }),
    ...(theme?.color !== undefined && { themeColor: theme.color }),
    targets: (view.targetsByObjective.get(objective.id) ?? []).map((target) => {
      const latest = view.latestByTarget.get(target.id);
      return targetProgress(target, latest ? [latest] : [], options.now, options.staleAfterDays);
    }),
  };
}

function describe(
  alignments: ReadonlyMap<string, readonly ItemAlignment[]>,
  view: CatalogueView,
  options: AnnotateOptions,
): AnnotateResult {
  const summaries = new Map<string, ObjectiveSummary>();
  for (const objectiveId of objectiveIdsOf(alignments)) {
    const objective = view.objectives.get(objectiveId);
    if (objective) summaries.set(objectiveId, objectiveSummary(objective, view, options));
  }
  // An alignment to an objective that is gone would show a chip with nothing behind it.
  const items = [...alignments].map(([id, reasons]) => [id, reasons.filter((r) => summaries.has(r.objectiveId))]);
  // fromEntries, because an objective id such as "__proto__" is valid and must stay a plain key.
  return { items: Object.fromEntries(items), objectives: Object.fromEntries(summaries) };
}

/**
 * The objectives each item serves and how those objectives are doing: the
 * hot path behind every chip on a board. Ids must be canonical (the message
 * protocol normalizes them). Answered from the in-memory snapshot when one
 * is current; otherwise from IndexedDB in one read transaction, with the
 * snapshot read in the background for the next request.
 */
export async function annotate(
  db: ThroughlineDatabase,
  items: readonly AnnotateItem[],
  options: AnnotateOptions,
): Promise<AnnotateResult> {
  const snapshot = currentSnapshot(db);
  if (snapshot) return describe(alignItems(items, snapshot.linksByItem, snapshot.rules), snapshot, options);
  const ids = [...new Set(items.map((item) => item.id))];
  const result = await db.transaction('r', alignmentTables(db), async () => {
    const [links, rules] = await Promise.all([whereAnyOf<Link>(db.links, 'itemId', ids), db.rules.toArray()]);
    const enabled = rules.filter((rule) => rule.enabled);
    const alignments = alignItems(
      items,
      groupBy(links, (link) => link.itemId),
      enabled,
    );
    return describe(alignments, await readCatalogueView(db, objectiveIdsOf(alignments)), options);
  });
  // Only now, so the snapshot's large read does not slow down this answer.
  void warmAnnotations(db);
  return result;
}
