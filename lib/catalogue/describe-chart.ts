import { benefitProgress } from '../alignment/progress';
import { readerFormat } from '../format/locale';
import { formatPercent } from '../format/values';
import type { BenefitTarget } from '../model/benefit-target';
import type { Measurement } from '../model/measurement';
import { chronological, linearTrend, secondsOf, trendAt } from './chart-series';
import { formatChartValue } from './chart-value';

type Described = Pick<BenefitTarget, 'name' | 'unit' | 'direction' | 'baseline' | 'target' | 'dueDate'>;

/** Where a value stands against the target, in words: "62% of the way from 1M to 1.5M". */
export function describePosition(target: Described, value: number): string {
  const from = formatChartValue(target.baseline);
  const to = formatChartValue(target.target);
  const { ratio, position } = benefitProgress(target, value);
  switch (position) {
    case 'within':
      return `within the band from ${from} to ${to}`;
    case 'below-band':
      return `below the band from ${from} to ${to}`;
    case 'above-band':
      return `above the band from ${from} to ${to}`;
    case 'past-target':
      return `past the target of ${to} (from ${from})`;
    case 'behind-baseline':
      return `behind the baseline of ${from} (target ${to})`;
    default:
      return `${formatPercent(ratio ?? 0)} of the way from ${from} to ${to}`;
  }
}

/**
 * The chart in words, for people who cannot see it: the latest value and
 * where it stands, how many check-ins the line holds and, when the target
 * has a later due date, where the trend leads by then.
 */
export function describeChart(target: Described, measurements: readonly Measurement[]): string {
  const ordered = chronological(measurements);
  const latest = ordered.at(-1);
  if (latest === undefined) return `${target.name}: no check-ins yet.`;
  const sentences = [
    `${target.name}: ${formatChartValue(latest.value, target.unit)} on ${readerFormat.day(latest.at)}, ${describePosition(target, latest.value)}.`,
  ];
  if (ordered.length > 1)
    sentences.push(
      `${ordered.length} check-ins from ${readerFormat.day(ordered[0]!.at)} to ${readerFormat.day(latest.at)}.`,
    );
  const trend = linearTrend(ordered.map((measurement) => ({ x: secondsOf(measurement.at), y: measurement.value })));
  if (trend && target.dueDate !== undefined && secondsOf(target.dueDate) > secondsOf(latest.at)) {
    const projected = trendAt(trend, secondsOf(target.dueDate));
    sentences.push(
      `At this pace: ${formatChartValue(projected, target.unit)} by ${readerFormat.day(target.dueDate)}, ${describePosition(target, projected)}.`,
    );
  }
  return sentences.join(' ');
}
