import type { ItemAlignment } from '../model/annotation';
import type { ItemFacts } from '../model/item-facts';
import { formatItemId, type ItemIdParts, isValidKey, parseItemId } from '../model/item-id';
import type { Link } from '../model/link';
import type { Rule } from '../model/rule';
import { ruleLabel } from './rule-label';
import type { RuleIndex } from './rules';

/** Generations an item inherits through: sub-task, story, epic, initiative and a few more. */
export const MAX_INHERITANCE_DEPTH = 8;

export type LinkReason = Pick<Link, 'objectiveId' | 'targetId' | 'createdAt' | 'note'>;

/** What the resolver reads; the background, the pages and the content scripts each hold one. */
export interface AlignmentSources {
  linksOf(itemId: string): readonly LinkReason[];
  /** The objectives an item is explicitly excluded from. */
  excludedFrom(itemId: string): ReadonlySet<string> | undefined;
  factsOf(itemId: string): ItemFacts | undefined;
  rules: RuleIndex;
  /** Whether an objective passes down to the work under aligned items (on unless the objective says no). */
  inherits(objectiveId: string): boolean;
}

export type Resolver = (itemId: string) => ItemAlignment[];

/**
 * The one resolver: why an item serves each of its objectives. Its links
 * first, then the rules that match its facts, then what it inherits from its
 * parent and epic, transitively through at most MAX_INHERITANCE_DEPTH
 * generations. One reason per objective, the more deliberate one: a link
 * hides a rule, a rule hides inheritance. An exclusion removes rules and
 * inheritance for one item, and the work under it then inherits nothing of
 * that objective through it.
 *
 * Each answer is remembered by item and generations left, which makes it
 * exact whatever was asked before, and ends every walk up the ancestry
 * within the limit, cycles included. Make one resolver per request: the
 * sources must not change while it is in use.
 */
export function createResolver(sources: AlignmentSources): Resolver {
  const memo = new Map<string, ItemAlignment[]>();

  function resolve(id: string, generations: number): ItemAlignment[] {
    const memoKey = `${generations}\u0000${id}`;
    const remembered = memo.get(memoKey);
    if (remembered) return remembered;
    const ref = parseItemId(id);
    if (!ref) return [];
    const reasons = new Map<string, ItemAlignment>();
    const excluded = sources.excludedFrom(id);
    for (const link of sources.linksOf(id))
      if (!reasons.has(link.objectiveId)) reasons.set(link.objectiveId, linkReason(link));
    const facts = sources.factsOf(id);
    for (const rule of sources.rules.matching(ref, facts))
      if (!reasons.has(rule.objectiveId) && !excluded?.has(rule.objectiveId))
        reasons.set(rule.objectiveId, ruleReason(rule));
    if (facts && generations > 0)
      for (const ancestorId of ancestorIds(ref, facts))
        for (const alignment of resolve(ancestorId, generations - 1)) {
          const { objectiveId } = alignment;
          if (reasons.has(objectiveId) || excluded?.has(objectiveId) || !sources.inherits(objectiveId)) continue;
          reasons.set(objectiveId, inheritedReason(ancestorId, sources.factsOf(ancestorId)?.type, alignment));
        }
    const alignments = [...reasons.values()];
    memo.set(memoKey, alignments);
    return alignments;
  }

  return (itemId) => resolve(itemId, MAX_INHERITANCE_DEPTH);
}

/** The parent and the epic, as ids on the item's own site; a key of the wrong shape or the item itself is no ancestor. */
function ancestorIds(ref: ItemIdParts, facts: ItemFacts): string[] {
  const ids: string[] = [];
  for (const key of [facts.parent, facts.epic]) {
    if (key === undefined || key === ref.key || !isValidKey(ref.tracker, key)) continue;
    const id = formatItemId({ ...ref, key });
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function linkReason(link: LinkReason): ItemAlignment {
  return {
    objectiveId: link.objectiveId,
    ...(link.targetId !== undefined && { targetId: link.targetId }),
    via: 'link',
    linkedAt: link.createdAt,
    ...(link.note !== undefined && link.note !== '' && { note: link.note }),
  };
}

function ruleReason(rule: Rule): ItemAlignment {
  return {
    objectiveId: rule.objectiveId,
    ...(rule.targetId !== undefined && { targetId: rule.targetId }),
    via: 'rule',
    ruleId: rule.id,
    ruleName: ruleLabel(rule),
  };
}

/** An ancestor's reason handed down: it names the ancestor that holds the link or rule, however far up. */
function inheritedReason(
  ancestorId: string,
  ancestorType: string | undefined,
  alignment: ItemAlignment,
): ItemAlignment {
  if (alignment.via === 'inherited') return alignment;
  const { via, ...reason } = alignment;
  return {
    ...reason,
    via: 'inherited',
    ancestorId,
    ancestorVia: via,
    ...(ancestorType !== undefined && { ancestorType }),
  };
}
