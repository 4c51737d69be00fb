import { expectedShare } from '../alignment/pace';
import { t } from '../i18n/catalogue';
import type { BenefitTarget } from '../model/benefit-target';
import { TRACKERS, type Tracker } from '../model/item-id';
import type { Snapshot } from '../model/snapshot';
import type { Theme } from '../model/theme';
import { targetSeries } from './history';

/** What a target's chart needs of it: a stored target, or its progress with its objective's id. */
export type TrendTarget = Pick<
  BenefitTarget,
  'id' | 'objectiveId' | 'name' | 'unit' | 'direction' | 'baseline' | 'target' | 'dueDate'
>;

/** One line of a trend chart: a value (or none) on each day of the chart. */
export interface TrendLine {
  key: string;
  label: string;
  values: (number | null)[];
}

/** A chart's data: its days (oldest first) and its lines, all as long as the days. */
export interface Trend {
  days: string[];
  lines: TrendLine[];
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The share of seen work that serves an objective, overall and per tracker with any seen work. */
export function alignmentTrend(history: readonly Snapshot[], trackerLabels: Record<Tracker, string>): Trend {
  const days = history.map((snapshot) => snapshot.day);
  const lines: TrendLine[] = [
    {
      key: 'all',
      label: t('trends_allTrackers'),
      values: history.map((snapshot) => share(snapshot.aligned, snapshot.seen)),
    },
  ];
  for (const tracker of TRACKERS) {
    const values = history.map((snapshot) => {
      const sites = snapshot.trackers.filter((site) => site.tracker === tracker);
      return share(
        sites.reduce((sum, site) => sum + site.aligned, 0),
        sites.reduce((sum, site) => sum + site.seen, 0),
      );
    });
    if (values.some((value) => value !== null)) lines.push({ key: tracker, label: trackerLabels[tracker], values });
  }
  return { days, lines };
}

/** Each theme's share of the seen work (items serving any of its objectives), for the themes given. */
export function themeTrend(history: readonly Snapshot[], themes: readonly Theme[]): Trend {
  return {
    days: history.map((snapshot) => snapshot.day),
    lines: themes.map((theme) => ({
      key: theme.id,
      label: theme.name,
      values: history.map((snapshot) =>
        share(snapshot.themes.find((counts) => counts.themeId === theme.id)?.aligned ?? 0, snapshot.seen),
      ),
    })),
  };
}

/**
 * A target's latest value on each day of the history, the straight-line
 * pace from baseline (at `paceStart`) to target (at the due date), and the
 * confidence of the value, 0..1.
 */
export function targetTrend(
  history: readonly Snapshot[],
  target: Pick<TrendTarget, 'id' | 'direction' | 'baseline' | 'target' | 'dueDate'>,
  paceStart: string | undefined,
): Trend {
  const series = new Map(targetSeries(history, target.id).map((point) => [point.day, point.state]));
  const days = history.map((snapshot) => snapshot.day);
  const pace = days.map((day) => {
    const expected = expectedShare(target.direction, paceStart, target.dueDate, day);
    return expected === null ? null : target.baseline + (target.target - target.baseline) * expected;
  });
  return {
    days,
    lines: [
      { key: 'value', label: t('trends_value'), values: days.map((day) => series.get(day)?.value ?? null) },
      { key: 'pace', label: t('trends_paceToTarget'), values: pace },
      {
        key: 'confidence',
        label: t('trends_confidence'),
        values: days.map((day) => series.get(day)?.confidence ?? null),
      },
    ],
  };
}

/** The first and last values a line has, for "from 25% to 31%". */
export function lineEnds(line: TrendLine): { first: number; last: number } | null {
  const known = line.values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : { first: known[0]!, last: known.at(-1)! };
}

/** The snapshots within a period (inclusive days), oldest first. */
export function inPeriod(history: readonly Snapshot[], from: string, to: string): Snapshot[] {
  return history.filter((snapshot) => snapshot.day >= from && snapshot.day <= to);
}
