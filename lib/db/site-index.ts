import { siteBelongsToSender } from '../messages/sender-site';
import { scopeIdPrefixes } from '../messages/site-scope';
import type { ObjectiveSummary } from '../model/annotation';
import { normalizeSite, parseItemId, type Tracker } from '../model/item-id';
import type { Link } from '../model/link';
import type { Rule } from '../model/rule';
import { alignmentTables, readCatalogueView } from './alignment-snapshot';
import { type AnnotateOptions, objectiveSummary } from './annotate';
import type { ThroughlineDatabase } from './database';

/** A link as the page needs it to resolve: who made it and the note stay in the extension. */
export type IndexLink = Omit<Link, 'note' | 'createdBy'>;

/**
 * Everything a tracker tab needs to resolve its own site's items itself,
 * with the same resolver the background uses (lib/alignment/resolve.ts),
 * so that no chip waits on a round trip. It holds only what belongs to the
 * page it was built for (messages/sender-site.ts), never another site's.
 * The one place that says what a tab is told; buildSiteIndex fills it.
 */
export interface SiteIndex {
  tracker: Tracker;
  /** The page it was built for: it covers the items whose site belongs to this address. */
  pageUrl: string;
  /** The links of every item of those sites. */
  links: IndexLink[];
  /** The enabled rules of this tracker that apply to those sites (no site, or one of them). */
  rules: Rule[];
  /** Every objective the links and rules name, with its targets' progress now. */
  objectives: Record<string, ObjectiveSummary>;
}

/** The index for the page at `pageUrl`, read in one transaction so that links, rules and objectives agree. */
export async function buildSiteIndex(
  db: ThroughlineDatabase,
  tracker: Tracker,
  pageUrl: URL,
  scope: string,
  options: AnnotateOptions,
): Promise<SiteIndex> {
  const belongs = (site: string) => siteBelongsToSender(tracker, site, pageUrl.href);
  return db.transaction('r', alignmentTables(db), async () => {
    const [ranges, allRules] = await Promise.all([
      Promise.all(
        scopeIdPrefixes(tracker, scope).map((prefix) => db.links.where('itemId').startsWith(prefix).toArray()),
      ),
      db.rules.toArray(),
    ]);
    const links = ranges.flat().flatMap((link): IndexLink[] => {
      const ref = parseItemId(link.itemId);
      if (!ref || !belongs(ref.site)) return [];
      const { note: _note, createdBy: _createdBy, ...kept } = link;
      return [kept];
    });
    const rules = allRules.filter(
      (rule) =>
        rule.enabled &&
        rule.tracker === tracker &&
        (rule.site === undefined || belongs(normalizeSite(tracker, rule.site))),
    );
    const objectiveIds = [...new Set([...links, ...rules].map((record) => record.objectiveId))];
    const view = await readCatalogueView(db, objectiveIds);
    // fromEntries, because an objective id such as "__proto__" is valid and must stay a plain key.
    const objectives = Object.fromEntries(
      [...view.objectives.values()].map((objective) => [objective.id, objectiveSummary(objective, view, options)]),
    );
    return { tracker, pageUrl: pageUrl.href, links, rules, objectives };
  });
}
