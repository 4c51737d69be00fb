import type { KeyPatternProgram } from '../alignment/key-pattern-program';
import { keyPatternProgram } from '../alignment/rules';
import { siteBelongsToSender } from '../messages/sender-site';
import { scopeIdPrefixes } from '../messages/site-scope';
import type { ObjectiveSummary } from '../model/annotation';
import type { Exclusion } from '../model/exclusion';
import { normalizeSite, parseItemId, type Tracker } from '../model/item-id';
import type { Link } from '../model/link';
import type { Rule } from '../model/rule';
import type { StoredFacts } from '../model/stored-facts';
import { alignmentTables, readCatalogueView } from './alignment-snapshot';
import { objectiveSummary, type SummaryOptions } from './annotate';
import type { ThroughlineDatabase } from './database';

/** A link as the page needs it to resolve: who made it stays in the extension. */
export type IndexLink = Omit<Link, 'createdBy'>;
export type IndexExclusion = Pick<Exclusion, 'itemId' | 'objectiveId'>;
/** Facts as the page needs them: when they were last seen only orders what the background forgets. */
export type IndexFacts = Omit<StoredFacts, 'seenAt'>;

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
  /** Their "not this item" exclusions. */
  exclusions: IndexExclusion[];
  /** The facts stored for their items (what pages showed, what the tracker's API answered). */
  facts: IndexFacts[];
  /** The enabled rules of this tracker that apply to those sites (no site, or one of them). */
  rules: Rule[];
  /**
   * Their key patterns, compiled here, by rule id: the tab runs them without the compiler.
   * A rule whose pattern does not compile is left out and matches nothing, as everywhere.
   */
  keyPatterns: [ruleId: string, program: KeyPatternProgram][];
  /** Objectives that pass nothing down to the work under aligned items. */
  notInherited: string[];
  /** Every objective the links and rules name, with its targets' progress now. */
  objectives: Record<string, ObjectiveSummary>;
  /**
   * Whether the catalogue holds any objective at all. A site nothing is linked to yet still
   * gets its "0 of N aligned"; before any strategy exists the page's summary shows nothing.
   */
  strategy: boolean;
}

/** The compiled key patterns of rules, by rule id, for a tab's index. */
export function keyPatternPrograms(rules: readonly Rule[]): SiteIndex['keyPatterns'] {
  return rules.flatMap((rule): SiteIndex['keyPatterns'] => {
    const program = rule.match.kind === 'key-pattern' ? keyPatternProgram(rule) : null;
    return program ? [[rule.id, program]] : [];
  });
}

/** The index for the page at `pageUrl`, read in one transaction so that links, rules and objectives agree. */
export async function buildSiteIndex(
  db: ThroughlineDatabase,
  tracker: Tracker,
  pageUrl: URL,
  scope: string,
  options: SummaryOptions,
): Promise<SiteIndex> {
  const belongs = (site: string) => siteBelongsToSender(tracker, site, pageUrl.href);
  const ownItem = (itemId: string) => {
    const ref = parseItemId(itemId);
    return ref !== null && belongs(ref.site);
  };
  const prefixes = scopeIdPrefixes(tracker, scope);
  const inScope = <T>(read: (prefix: string) => Promise<T[]>) =>
    Promise.all(prefixes.map(read)).then((ranges) => ranges.flat());
  return db.transaction('r', [...alignmentTables(db), db.facts], async () => {
    const [scopeLinks, scopeExclusions, scopeFacts, allRules, allObjectives] = await Promise.all([
      inScope((prefix) => db.links.where('itemId').startsWith(prefix).toArray()),
      inScope((prefix) => db.exclusions.where('itemId').startsWith(prefix).toArray()),
      inScope((prefix) => db.facts.where('id').startsWith(prefix).toArray()),
      db.rules.toArray(),
      db.objectives.toArray(),
    ]);
    const links = scopeLinks.flatMap((link): IndexLink[] => {
      if (!ownItem(link.itemId)) return [];
      const { createdBy: _createdBy, ...kept } = link;
      return [kept];
    });
    const exclusions = scopeExclusions
      .filter((exclusion) => ownItem(exclusion.itemId))
      .map(({ itemId, objectiveId }) => ({ itemId, objectiveId }));
    const facts = scopeFacts
      .filter((stored) => ownItem(stored.id))
      .map(({ seenAt: _seenAt, ...kept }): IndexFacts => kept);
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
    const notInherited = allObjectives.filter((objective) => objective.inherit === false).map(({ id }) => id);
    const strategy = allObjectives.length > 0;
    return {
      tracker,
      pageUrl: pageUrl.href,
      links,
      exclusions,
      facts,
      rules,
      keyPatterns: keyPatternPrograms(rules),
      notInherited,
      objectives,
      strategy,
    };
  });
}
