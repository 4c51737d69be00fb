import type { TargetProgress } from '../model/annotation';
import type { ObjectiveStatus } from '../model/objective';

export const OUTCOME_WARNING_KINDS = ['at-risk', 'behind-pace', 'no-target', 'no-check-in', 'stale-check-in'] as const;
export type OutcomeWarningKind = (typeof OUTCOME_WARNING_KINDS)[number];

/** Something about an objective's outcomes that needs a person; target warnings name their target. */
export type OutcomeWarning =
  | { kind: 'at-risk' | 'no-target'; objectiveId: string }
  | { kind: 'behind-pace' | 'no-check-in' | 'stale-check-in'; objectiveId: string; target: TargetProgress };

/** What deciding an objective's warnings needs: the annotation's summary and the catalogue both have it. */
export interface WarnedObjective {
  id: string;
  status: ObjectiveStatus;
  archived?: boolean;
  targets: readonly TargetProgress[];
}

/**
 * The outcome warnings of one objective, most pressing first. Only
 * objectives in play (active or at risk, not archived) have any: a draft is
 * not committed to, and achieved or dropped ones are done. `hasWork` is
 * whether it is among `objectivesWithWork` (lib/alignment/objectives-with-work.ts;
 * a chip's objective always is: its item is seen work resolving to it).
 * Output without a benefit target is the "output without outcome" a PMO must catch.
 */
export function outcomeWarnings(objective: WarnedObjective, hasWork: boolean): OutcomeWarning[] {
  const { id: objectiveId, status } = objective;
  if (objective.archived === true || (status !== 'active' && status !== 'at-risk')) return [];
  const warnings: OutcomeWarning[] = [];
  if (status === 'at-risk') warnings.push({ kind: 'at-risk', objectiveId });
  for (const target of objective.targets)
    if (target.latest !== null && target.behindPace) warnings.push({ kind: 'behind-pace', objectiveId, target });
  if (hasWork && objective.targets.length === 0) warnings.push({ kind: 'no-target', objectiveId });
  for (const target of objective.targets)
    if (target.latest === null) warnings.push({ kind: 'no-check-in', objectiveId, target });
    else if (target.stale) warnings.push({ kind: 'stale-check-in', objectiveId, target });
  return warnings;
}

/** Warnings by kind, every kind present, for headline figures and snapshots. */
export function countWarnings(warnings: readonly OutcomeWarning[]): Record<OutcomeWarningKind, number> {
  const counts = Object.fromEntries(OUTCOME_WARNING_KINDS.map((kind) => [kind, 0])) as Record<
    OutcomeWarningKind,
    number
  >;
  for (const warning of warnings) counts[warning.kind]++;
  return counts;
}
