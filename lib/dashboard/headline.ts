import type { Objective } from '../model/objective';
import { formatCount } from './format-count';
import type { ThemeGroup } from './group-by-theme';
import { isInPlay } from './in-play';
import type { SeenWork } from './seen-work';

export interface HeadlineFigures {
  /** Objectives active or at risk, not archived. */
  inPlay: number;
  seen: number;
  /** Seen items serving an objective; `null` while the background has not answered. */
  aligned: number | null;
  withoutWork: number;
}

/** The four numbers at the top, each taken from the same lists the sections below show. */
export function headlineFigures(
  objectives: readonly Objective[],
  work: readonly SeenWork[],
  aligned: ReadonlySet<string> | null,
  withoutWork: readonly ThemeGroup<Objective>[],
): HeadlineFigures {
  return {
    inPlay: objectives.filter(isInPlay).length,
    seen: work.length,
    aligned: aligned && work.filter((item) => aligned.has(item.id)).length,
    withoutWork: withoutWork.reduce((sum, group) => sum + group.records.length, 0),
  };
}

/**
 * "412 of 530 seen items aligned", beside the share itself. Seen items are
 * the only ones counted: work nobody has browsed with Throughline on is
 * unknown here, aligned or not.
 */
export function describeAligned(aligned: number, seen: number): string {
  if (seen === 0) return 'No work items seen yet';
  return `${formatCount(aligned)} of ${formatCount(seen)} seen ${seen === 1 ? 'item' : 'items'} aligned`;
}
