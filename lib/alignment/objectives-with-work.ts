import type { ItemAlignment } from '../model/annotation';

/**
 * The objectives that have work: the one definition behind the catalogue's
 * rows and objective page, the dashboard's "Objectives with no work", the
 * steering report, the daily snapshots and the "work but no benefit target"
 * warning. An objective has work when it has an explicit link (to any item,
 * seen or not: someone said so), or when some seen work item resolves to it
 * through the one resolver (its own link, a rule matching its facts, or what
 * it inherits from a parent or epic). An enabled rule that matches no seen
 * work gives none: nothing shows that any work is being done for it yet.
 *
 * Inheritance only hands down what an ancestor's link or rule says, so every
 * objective in the answer has a link or an enabled rule; the resolver is
 * still asked, because only it knows which rules match and what exclusions
 * take away.
 */
export function objectivesWithWork(
  linkedObjectiveIds: Iterable<string>,
  seenAlignments: Iterable<readonly Pick<ItemAlignment, 'objectiveId'>[]>,
): Set<string> {
  const withWork = new Set(linkedObjectiveIds);
  for (const alignments of seenAlignments) for (const { objectiveId } of alignments) withWork.add(objectiveId);
  return withWork;
}
