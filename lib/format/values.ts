import { t } from '../i18n/catalogue';
import type { TargetProgress } from '../model/annotation';

// Made on first use: the overlay's content script bundles this file and starts before the page has parsed.
let formats: { compact: Intl.NumberFormat; plain: Intl.NumberFormat; percent: Intl.NumberFormat } | undefined;
let ages: { auto: Intl.RelativeTimeFormat; always: Intl.RelativeTimeFormat } | undefined;

/** Numbers in the browser's locale. */
function numberFormats() {
  formats ??= {
    compact: new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }),
    plain: new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }),
    percent: new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }),
  };
  return formats;
}

/** `1.3M EUR`, `42%`, `3.5 days`: large numbers compacted, the unit (the user's own word) after. */
export function formatValue(value: number, unit?: string): string {
  const { compact, plain } = numberFormats();
  if (unit === '%')
    return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  const number = Math.abs(value) >= 10_000 ? compact.format(value) : plain.format(value);
  return unit ? t('values_numberWithUnit', number, unit) : number;
}

export function formatPercent(ratio: number): string {
  return numberFormats().percent.format(ratio);
}

/** `today`, `1 day ago`, `12 days ago`, in the browser's language. */
export function formatAge(days: number): string {
  ages ??= {
    auto: new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }),
    always: new Intl.RelativeTimeFormat(undefined, { numeric: 'always' }),
  };
  return days <= 0 ? ages.auto.format(0, 'day') : ages.always.format(-days, 'day');
}

/** The best summary of an objective's targets: the mean ratio of those with a check-in. */
export function objectiveRatio(targets: readonly TargetProgress[]): number | null {
  const ratios = targets.flatMap((target) => (target.ratio === null ? [] : [target.ratio]));
  return ratios.length === 0 ? null : ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length;
}
