import { benefitProgress } from '../alignment/progress';
import { readerFormat } from '../format/locale';
import { formatPercent } from '../format/values';
import { t } from '../i18n/catalogue';
import { tPlural } from '../i18n/plural';
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
      return t('describeChart_withinTheBand', from, to);
    case 'below-band':
      return t('describeChart_belowTheBand', from, to);
    case 'above-band':
      return t('describeChart_aboveTheBand', from, to);
    case 'past-target':
      return t('describeChart_pastTheTarget', from, to);
    case 'behind-baseline':
      return t('describeChart_behindTheBaseline', from, to);
    default:
      return t('describeChart_ofTheWay', from, to, formatPercent(ratio ?? 0));
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
  if (latest === undefined) return t('describeChart_noCheckInsYet', target.name);
  const sentences = [
    t(
      'describeChart_latest',
      target.name,
      formatChartValue(latest.value, target.unit),
      readerFormat.day(latest.at),
      describePosition(target, latest.value),
    ),
  ];
  if (ordered.length > 1)
    sentences.push(
      tPlural('describeChart_checkIns', ordered.length, readerFormat.day(ordered[0]!.at), readerFormat.day(latest.at)),
    );
  const trend = linearTrend(ordered.map((measurement) => ({ x: secondsOf(measurement.at), y: measurement.value })));
  if (trend && target.dueDate !== undefined && secondsOf(target.dueDate) > secondsOf(latest.at)) {
    const projected = trendAt(trend, secondsOf(target.dueDate));
    sentences.push(
      t(
        'describeChart_atThisPace',
        formatChartValue(projected, target.unit),
        readerFormat.day(target.dueDate),
        describePosition(target, projected),
      ),
    );
  }
  return sentences.join(' ');
}
