import { t } from '../i18n/catalogue';
import { tPlural } from '../i18n/plural';
import type { Objective } from '../model/objective';
import { formatCount } from './format-count';
import type { ThemeGroup } from './group-by-theme';
import { isInPlay } from './in-play';

export interface HeadlineFigures {
  /** Objectives active or at risk, not archived. */
  inPlay: number;
  seen: number;
  /** Seen items serving an objective. */
  aligned: number;
  withoutWork: number;
}

/** The numbers at the top, each taken from the same answer and lists the sections below show. */
export function headlineFigures(
  objectives: readonly Objective[],
  seen: number,
  aligned: number,
  withoutWork: readonly ThemeGroup<Objective>[],
): HeadlineFigures {
  return {
    inPlay: objectives.filter(isInPlay).length,
    seen,
    aligned,
    withoutWork: withoutWork.reduce((sum, group) => sum + group.records.length, 0),
  };
}

/**
 * "412 of 530 seen items aligned", beside the share itself. Seen items are
 * the only ones counted: work nobody has browsed with Throughline on is
 * unknown here, aligned or not.
 */
export function describeAligned(aligned: number, seen: number): string {
  if (seen === 0) return t('headline_noWorkItemsSeenYet');
  return tPlural('headline_ofSeenItemsAligned', seen, formatCount(aligned), formatCount(seen));
}
