import type { Exclusion } from '../model/exclusion';
import type { ItemFacts } from '../model/item-facts';
import type { Link } from '../model/link';
import type { Objective } from '../model/objective';
import type { Rule } from '../model/rule';
import type { AlignmentSources, LinkReason } from './resolve';
import { indexRules, type KeyPatternOf, type RuleIndex } from './rule-index';

/** The stored records the resolver reads, indexed once and shared by every request until they change. */
export interface AlignmentIndex {
  linksByItem: ReadonlyMap<string, readonly LinkReason[]>;
  exclusionsByItem: ReadonlyMap<string, ReadonlySet<string>>;
  rules: RuleIndex;
  /** Objectives whose alignment does not pass down to the work under an aligned item. */
  notInherited: ReadonlySet<string>;
}

export interface AlignmentRecords {
  links: readonly Pick<Link, 'itemId' | 'objectiveId' | 'targetId' | 'createdAt' | 'note'>[];
  rules: readonly Rule[];
  exclusions: readonly Pick<Exclusion, 'itemId' | 'objectiveId'>[];
  objectives: readonly Pick<Objective, 'id' | 'inherit'>[];
}

export function buildAlignmentIndex(
  { links, rules, exclusions, objectives }: AlignmentRecords,
  keyPatternOf: KeyPatternOf,
): AlignmentIndex {
  const linksByItem = new Map<string, LinkReason[]>();
  for (const link of links) {
    const list = linksByItem.get(link.itemId);
    if (list) list.push(link);
    else linksByItem.set(link.itemId, [link]);
  }
  const exclusionsByItem = new Map<string, Set<string>>();
  for (const { itemId, objectiveId } of exclusions) {
    const set = exclusionsByItem.get(itemId);
    if (set) set.add(objectiveId);
    else exclusionsByItem.set(itemId, new Set([objectiveId]));
  }
  return {
    linksByItem,
    exclusionsByItem,
    rules: indexRules(rules, keyPatternOf),
    notInherited: new Set(
      objectives.filter((objective) => objective.inherit === false).map((objective) => objective.id),
    ),
  };
}

/** The resolver's sources: an index and where the facts of an item are found. */
export function alignmentSources(
  index: AlignmentIndex,
  factsOf: (itemId: string) => ItemFacts | undefined,
): AlignmentSources {
  return {
    linksOf: (itemId) => index.linksByItem.get(itemId) ?? [],
    excludedFrom: (itemId) => index.exclusionsByItem.get(itemId),
    factsOf,
    rules: index.rules,
    inherits: (objectiveId) => !index.notInherited.has(objectiveId),
  };
}
