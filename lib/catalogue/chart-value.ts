const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 3 });
const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/**
 * A value as a chart and its description read it: `1.31M`, `99.95`, `4.35`.
 * Three significant digits for large numbers, where the list's one decimal
 * (1.3M) would hide the change between two check-ins.
 */
export function formatChartValue(value: number, unit?: string): string {
  const number = Math.abs(value) >= 10_000 ? compact.format(value) : plain.format(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** The day of a check-in, which may be stored as a date or as a full timestamp. */
export function dayOf(at: string): string {
  return at.slice(0, 10);
}
