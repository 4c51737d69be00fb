import { formatPercent } from '../format/values';
import { lineEnds, type Trend } from './trends';

function span(trend: Trend): string {
  const count = trend.days.length;
  return count === 1
    ? `One snapshot, ${trend.days[0]}.`
    : `${count} snapshots from ${trend.days[0]} to ${trend.days.at(-1)}.`;
}

/** A chart of shares in words: "12 snapshots from … to …. All trackers: 25% then 31%. Jira: 40% then 41%." */
export function describeShareTrend(what: string, trend: Trend): string {
  if (trend.days.length === 0) return `${what}: no snapshots yet.`;
  const lines = trend.lines.flatMap((line) => {
    const ends = lineEnds(line);
    if (!ends) return [];
    return trend.days.length === 1
      ? [`${line.label} ${formatPercent(ends.last)}`]
      : [`${line.label} from ${formatPercent(ends.first)} to ${formatPercent(ends.last)}`];
  });
  return `${what}. ${span(trend)} ${lines.join('; ')}.`;
}

/** A target's chart in words: its value at both ends, the pace line's value then, and the latest confidence. */
export function describeTargetTrend(name: string, trend: Trend, format: (value: number) => string): string {
  if (trend.days.length === 0) return `${name}: no snapshots yet.`;
  const [value, pace, confidence] = trend.lines;
  const values = value && lineEnds(value);
  const sentences = [`${name}. ${span(trend)}`];
  if (!values) sentences.push('No check-in recorded in these snapshots.');
  else if (trend.days.length === 1) sentences.push(`Value ${format(values.last)}.`);
  else sentences.push(`Value from ${format(values.first)} to ${format(values.last)}.`);
  const paceEnds = pace && lineEnds(pace);
  if (paceEnds)
    sentences.push(`The straight-line pace to the target expects ${format(paceEnds.last)} by the last day.`);
  const confidenceEnds = confidence && lineEnds(confidence);
  if (confidenceEnds) sentences.push(`Latest confidence ${formatPercent(confidenceEnds.last)}.`);
  return sentences.join(' ');
}
