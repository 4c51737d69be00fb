import type { ItemAlignment } from '../model/annotation';
import type { ItemFacts } from '../model/item-facts';
import { formatItemId, type ItemIdParts, isValidKey, parseItemId } from '../model/item-id';
import type { Link } from '../model/link';
import type { Rule } from '../model/rule';
import type { RuleIndex } from './rule-index';
import { ruleLabel } from './rule-label';

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

/**
 * `ref`: the item's id in parts, when the caller holds them already (a page's item does, with its site
 * normalized as the id's): a tab resolving a board's 20,000 cards then keeps no parse of each id.
 */
export type Resolver = (itemId: string, ref?: Readonly<ItemIdParts>) => ItemAlignment[];

/**
 * The one resolver: why an item serves each of its objectives. Its links
 * first, then the rules that match its facts, then what it inherits from its
 * parent and epic, transitively through at most MAX_INHERITANCE_DEPTH
 * generations. One reason per objective, the more deliberate one: a link
 * hides a rule, a rule hides inheritance. An exclusion removes rules and
 * inheritance for one item, and the work under it then inherits nothing of
 * that objective through it.
 *
 * An item's own reasons are found once; what it inherits is remembered by
 * item and generations left, which makes every answer exact whatever was
 * asked before, and ends every walk up the ancestry within the limit,
 * cycles included. Make one resolver per request: the sources must not
 * change while it is in use.
 */
export function createResolver(sources: AlignmentSources): Resolver {
  /** An item's own reasons (links, then rules), its exclusions and its ancestors: the same at any depth. */
  const owns = new Map<string, Own | null>();
  const memo = new Map<string, ItemAlignment[]>();
  /** An ancestor's own reason as its descendants inherit it: one object, however many inherit it. */
  const handedDown = new Map<ItemAlignment, ItemAlignment>();

  function inherited(ancestorId: string, alignment: ItemAlignment): ItemAlignment {
    if (alignment.via === 'inherited') return alignment;
    let reason = handedDown.get(alignment);
    if (!reason) {
      reason = inheritedReason(ancestorId, sources.factsOf(ancestorId)?.type, alignment);
      handedDown.set(alignment, reason);
    }
    return reason;
  }

  function ownOf(id: string, known: Readonly<ItemIdParts> | undefined): Own | null {
    let own = owns.get(id);
    if (own !== undefined) return own;
    const ref = known ?? parseItemId(id);
    own = null;
    if (ref) {
      const excluded = sources.excludedFrom(id);
      const links = sources.linksOf(id);
      const facts = sources.factsOf(id);
      const rules = sources.rules.matching(ref, facts);
      // Most items of a request have no link and no rule: they share one empty answer.
      let reasons: ReadonlyMap<string, ItemAlignment> = NO_REASONS;
      if (links.length > 0 || rules.length > 0) {
        const found = new Map<string, ItemAlignment>();
        for (const link of links) if (!found.has(link.objectiveId)) found.set(link.objectiveId, linkReason(link));
        for (const rule of rules)
          if (!found.has(rule.objectiveId) && !excluded?.has(rule.objectiveId))
            found.set(rule.objectiveId, ruleReason(rule));
        reasons = found;
      }
      own = { reasons, excluded, ancestors: facts ? ancestorIds(ref, facts) : NO_ANCESTORS };
    }
    owns.set(id, own);
    return own;
  }

  function resolve(id: string, generations: number, ref?: Readonly<ItemIdParts>): ItemAlignment[] {
    const own = ownOf(id, ref);
    if (!own) return [];
    if (own.ancestors.length === 0 || generations === 0) return [...own.reasons.values()];
    const memoKey = `${generations}\u0000${id}`;
    const remembered = memo.get(memoKey);
    if (remembered) return remembered;
    const reasons = new Map(own.reasons);
    for (const ancestorId of own.ancestors)
      for (const alignment of resolve(ancestorId, generations - 1)) {
        const { objectiveId } = alignment;
        if (reasons.has(objectiveId) || own.excluded?.has(objectiveId) || !sources.inherits(objectiveId)) continue;
        reasons.set(objectiveId, inherited(ancestorId, alignment));
      }
    const alignments = [...reasons.values()];
    memo.set(memoKey, alignments);
    return alignments;
  }

  return (itemId, ref) => resolve(itemId, MAX_INHERITANCE_DEPTH, ref);
}

/**
 * The items whose facts an item's answer reads: the item itself and every
 * ancestor the resolver walks to (parent and epic, through at most
 * MAX_INHERITANCE_DEPTH generations, as `parentsOf` names them: see
 * `parentIds`). Facts that arrive for a few items change the answers of the
 * items that read them alone: kept for each item as it is resolved, they
 * name those items without a walk over the page's.
 */
export function factsRead(itemId: string, parentsOf: (id: string) => readonly string[]): string[] {
  // Most items name no parent: asked of every card of a board as it is resolved, with no generations made for it.
  if (parentsOf(itemId).length === 0) return [itemId];
  const read = [itemId];
  let generation: readonly string[] = [itemId];
  for (let depth = 0; depth < MAX_INHERITANCE_DEPTH && generation.length > 0; depth++) {
    const next: string[] = [];
    for (const id of generation)
      for (const parent of parentsOf(id))
        if (!read.includes(parent)) {
          read.push(parent);
          next.push(parent);
        }
    generation = next;
  }
  return read;
}

/** No ancestors: one list that every item naming none shares. */
export const NO_ANCESTORS: readonly string[] = Object.freeze([]);

/** Whether facts name a parent or an epic at all (each may still be no ancestor: `ancestorIds`). */
export function namesAncestor(facts: ItemFacts | undefined): facts is ItemFacts {
  return facts !== undefined && (facts.parent !== undefined || facts.epic !== undefined);
}

/** The generation above an item, as its facts name it: its parent and its epic, as ids on its own site. */
export function parentIds(itemId: string, facts: ItemFacts | undefined): readonly string[] {
  // Most cards name neither: their ids are not parsed (and kept parsed) for nothing.
  if (!namesAncestor(facts)) return NO_ANCESTORS;
  const ref = parseItemId(itemId);
  return ref ? ancestorIds(ref, facts) : NO_ANCESTORS;
}

const NO_REASONS: ReadonlyMap<string, ItemAlignment> = new Map();

interface Own {
  reasons: ReadonlyMap<string, ItemAlignment>;
  excluded: ReadonlySet<string> | undefined;
  ancestors: readonly string[];
}

/**
 * The parent and the epic, as ids on the item's own site; a key of the wrong shape or the item itself is no ancestor.
 * Most cards name neither: they share one empty list, as the tab keeps each item's for as long as it is in the page.
 */
function ancestorIds(ref: ItemIdParts, facts: ItemFacts): readonly string[] {
  if (!namesAncestor(facts)) return NO_ANCESTORS;
  const ids: string[] = [];
  for (const key of [facts.parent, facts.epic]) {
    if (key === undefined || key === ref.key || !isValidKey(ref.tracker, key)) continue;
    const id = formatItemId({ ...ref, key });
    if (!ids.includes(id)) ids.push(id);
  }
  return ids.length > 0 ? ids : NO_ANCESTORS;
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
