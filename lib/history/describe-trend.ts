import { readerFormat } from '../format/locale';
import { formatPercent } from '../format/values';
import { t } from '../i18n/catalogue';
import { lineEnds, type Trend } from './trends';

function span(trend: Trend): string {
  const count = trend.days.length;
  const first = readerFormat.day(trend.days[0] ?? '');
  return count === 1
    ? t('describeTrend_oneSnapshot', first)
    : t('describeTrend_snapshots', count, first, readerFormat.day(trend.days.at(-1) ?? ''));
}

/** A chart of shares in words: "12 snapshots from … to …. All trackers: 25% then 31%. Jira: 40% then 41%." */
export function describeShareTrend(what: string, trend: Trend): string {
  if (trend.days.length === 0) return t('describeTrend_noSnapshotsYet', what);
  const lines = trend.lines.flatMap((line) => {
    const ends = lineEnds(line);
    if (!ends) return [];
    return trend.days.length === 1
      ? [t('describeTrend_lineAt', line.label, formatPercent(ends.last))]
      : [t('describeTrend_lineFromTo', line.label, formatPercent(ends.first), formatPercent(ends.last))];
  });
  // Before any item is seen there is a snapshot but no share to read from it.
  if (lines.length === 0) return t('describeTrend_sharesNoValues', what, span(trend));
  return t('describeTrend_shares', what, span(trend), lines.join(t('describeTrend_lineSeparator')));
}

/** A target's chart in words: its value at both ends, the pace line's value then, and the latest confidence. */
export function describeTargetTrend(name: string, trend: Trend, format: (value: number) => string): string {
  if (trend.days.length === 0) return t('describeTrend_noSnapshotsYet', name);
  const [value, pace, confidence] = trend.lines;
  const values = value && lineEnds(value);
  const sentences = [t('describeTrend_targetHeading', name, span(trend))];
  if (!values) sentences.push(t('describeTrend_noCheckIn'));
  else if (trend.days.length === 1) sentences.push(t('describeTrend_value', format(values.last)));
  else sentences.push(t('describeTrend_valueFromTo', format(values.first), format(values.last)));
  const paceEnds = pace && lineEnds(pace);
  if (paceEnds) sentences.push(t('describeTrend_paceExpects', format(paceEnds.last)));
  const confidenceEnds = confidence && lineEnds(confidence);
  if (confidenceEnds) sentences.push(t('describeTrend_latestConfidence', formatPercent(confidenceEnds.last)));
  return sentences.join(' ');
}
