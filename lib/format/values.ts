import { t } from '../i18n/catalogue';
import type { TargetProgress } from '../model/annotation';
import { shapedPercent } from './number-shapes';

// Each made on first use, apart: the overlay's content script bundles this file, and a chip needs only the percent
// one. The first format a tab makes loads the locale's data (tens of milliseconds while a big board loads).
let compact: Intl.NumberFormat | undefined;
let plain: Intl.NumberFormat | undefined;
let percent: Intl.NumberFormat | undefined;
let ages: { auto: Intl.RelativeTimeFormat; always: Intl.RelativeTimeFormat } | undefined;

/** `1.3M EUR`, `42%`, `3.5 days`: large numbers compacted, the unit (the user's own word) after. */
export function formatValue(value: number, unit?: string): string {
  if (unit === '%')
    return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  let number: string;
  if (Math.abs(value) >= 10_000) {
    compact ??= new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });
    number = compact.format(value);
  } else {
    plain ??= new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
    number = plain.format(value);
  }
  return unit ? t('values_numberWithUnit', number, unit) : number;
}

export function formatPercent(ratio: number): string {
  const shaped = shapedPercent(ratio);
  if (shaped !== null) return shaped;
  percent ??= new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
  return percent.format(ratio);
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
