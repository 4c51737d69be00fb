import type { ItemAlignment, ItemContext } from '../model/annotation';
import type { ItemIdParts } from '../model/item-id';
import type { Link } from '../model/link';
import type { Rule } from '../model/rule';
import { ruleMatches } from './rules';

/**
 * Why an item serves each of its objectives: its links first, then the rules
 * that cover it. One reason per objective: a link is the more deliberate
 * statement, so it hides a rule to the same objective, and of two rules the
 * first wins. `known` holds reasons found before (the same item seen twice
 * on a page with different context) and is extended, not replaced.
 */
export function resolveAlignments(
  links: readonly Link[],
  rules: readonly Rule[],
  ref: ItemIdParts | null,
  context: ItemContext | undefined,
  known: readonly ItemAlignment[] = [],
): ItemAlignment[] {
  const alignments = [...known];
  const objectives = new Set(alignments.map((alignment) => alignment.objectiveId));
  const add = (alignment: ItemAlignment) => {
    if (objectives.has(alignment.objectiveId)) return;
    objectives.add(alignment.objectiveId);
    alignments.push(alignment);
  };
  for (const link of links)
    add({
      objectiveId: link.objectiveId,
      ...(link.targetId !== undefined && { targetId: link.targetId }),
      via: 'link',
    });
  if (ref)
    for (const rule of rules)
      if (ruleMatches(rule, ref, context))
        add({
          objectiveId: rule.objectiveId,
          ...(rule.targetId !== undefined && { targetId: rule.targetId }),
          via: 'rule',
          ruleId: rule.id,
        });
  return alignments;
}
