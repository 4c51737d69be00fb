import type { TargetProgress } from '../model/annotation';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** `1.3M EUR`, `42 %`, `3.5 days`: large numbers compacted, the unit after. */
export function formatValue(value: number, unit?: string): string {
  const number = Math.abs(value) >= 10_000 ? compact.format(value) : plain.format(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** `today`, `1 day ago`, `12 days ago`. */
export function formatAge(days: number): string {
  if (days <= 0) return 'today';
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** The best summary of an objective's targets: the mean ratio of those with a check-in. */
export function objectiveRatio(targets: readonly TargetProgress[]): number | null {
  const ratios = targets.flatMap((target) => (target.ratio === null ? [] : [target.ratio]));
  return ratios.length === 0 ? null : ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length;
}
