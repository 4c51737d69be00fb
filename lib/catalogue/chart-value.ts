import { type LocaleFormat, readerFormat } from '../format/locale';
import { t } from '../i18n/catalogue';

/**
 * A value as a chart and its description read it: `1.31M`, `99.95`, `4.35`
 * (in the reader's locale). Three significant digits for large numbers, where
 * the list's one decimal (1.3M) would hide the change between two check-ins.
 */
export function formatChartValue(value: number, unit?: string, format: LocaleFormat = readerFormat): string {
  const number = Math.abs(value) >= 10_000 ? format.compact(value) : format.number(value);
  if (!unit) return number;
  return unit === '%' ? t('chartValue_percent', number) : t('values_numberWithUnit', number, unit);
}
