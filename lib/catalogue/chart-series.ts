import type { BenefitTarget } from '../model/benefit-target';
import type { Measurement } from '../model/measurement';

const DAY_S = 86_400;

/**
 * A target's check-ins as uPlot's aligned columns: one x (seconds since
 * 1970) per check-in, oldest first, then the due date when it comes later;
 * baseline and target as constant lines; the trend as a straight line from
 * the first check-in to the last x, empty between (drawn with spanGaps).
 */
export interface ChartSeries {
  xs: number[];
  values: (number | null)[];
  baseline: number[];
  target: number[];
  trend: (number | null)[];
  xRange: [number, number];
  yRange: [number, number];
}

export interface Trend {
  /** Change per second. */
  slope: number;
  /** Value at x = 0. */
  intercept: number;
}

/** Least-squares line through the points; `null` with fewer than two distinct instants. */
export function linearTrend(points: readonly { x: number; y: number }[]): Trend | null {
  const n = points.length;
  if (n < 2) return null;
  // Centre x on its mean so seconds since 1970 squared do not lose precision.
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / n;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const point of points) {
    covariance += (point.x - meanX) * (point.y - meanY);
    variance += (point.x - meanX) ** 2;
  }
  if (variance === 0) return null;
  const slope = covariance / variance;
  return { slope, intercept: meanY - slope * meanX };
}

export function trendAt(trend: Trend, x: number): number {
  return trend.intercept + trend.slope * x;
}

/** Seconds since 1970 of a check-in date or timestamp, as uPlot's time scale counts. */
export function secondsOf(at: string): number {
  return Date.parse(at) / 1000;
}

/** Check-ins oldest first; those on the same instant keep the order they were recorded in. */
export function chronological<T extends { at: string }>(records: readonly T[]): T[] {
  return records
    .map((record, order) => ({ record, order, time: Date.parse(record.at) }))
    .sort((a, b) => a.time - b.time || a.order - b.order)
    .map(({ record }) => record);
}

/** The chart of a target's check-ins; `null` when it has none (the view shows an empty state instead). */
export function chartSeries(
  target: Pick<BenefitTarget, 'baseline' | 'target' | 'dueDate'>,
  measurements: readonly Measurement[],
): ChartSeries | null {
  if (measurements.length === 0) return null;
  const ordered = chronological(measurements);
  const xs = ordered.map((measurement) => secondsOf(measurement.at));
  const values: (number | null)[] = ordered.map((measurement) => measurement.value);
  const lastCheckIn = xs.at(-1)!;
  const due = target.dueDate === undefined ? null : secondsOf(target.dueDate);
  if (due !== null && due > lastCheckIn) {
    xs.push(due);
    values.push(null);
  }
  const trendLine = linearTrend(ordered.map((measurement, i) => ({ x: xs[i]!, y: measurement.value })));
  const trend: (number | null)[] = xs.map(() => null);
  if (trendLine) {
    trend[0] = trendAt(trendLine, xs[0]!);
    trend[xs.length - 1] = trendAt(trendLine, xs.at(-1)!);
  }
  const ys = [target.baseline, target.target, ...values, ...trend].filter((y): y is number => y !== null);
  return {
    xs,
    values,
    baseline: xs.map(() => target.baseline),
    target: xs.map(() => target.target),
    trend,
    xRange: padded(xs[0]!, xs.at(-1)!, 0.05, 3 * DAY_S),
    yRange: padded(
      ys.reduce((low, y) => Math.min(low, y)),
      ys.reduce((high, y) => Math.max(high, y)),
      0.08,
      0,
    ),
  };
}

/** A range with room on both sides: a share of its span, at least `least`, never zero wide. */
function padded(min: number, max: number, share: number, least: number): [number, number] {
  const room = Math.max((max - min) * share, least) || Math.abs(min) * 0.1 || 1;
  return [min - room, max + room];
}
