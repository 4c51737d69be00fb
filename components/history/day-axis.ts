import type uPlot from 'uplot';
import { readerFormat } from '../../lib/format/locale';

const DAY_S = 86_400;
const MONTH_S = DAY_S * 30;
const YEAR_S = DAY_S * 365;

/**
 * The time axis of a chart of days: ticks only at midnight of a day, month
 * or year (uPlot would tick hours when the span is short, "12am 6am…") and
 * read in the reader's locale rather than uPlot's English (`11/30/26`).
 * uPlot takes increments of 30 days and more as months, aligned to their first day.
 */
export const DAY_AXIS: Pick<uPlot.Axis, 'incrs' | 'space' | 'values'> = {
  incrs: [
    ...[1, 2, 3, 4, 5, 7, 10, 15].map((days) => days * DAY_S),
    ...[1, 2, 3, 4, 6].map((months) => months * MONTH_S),
    ...[1, 2, 5, 10].map((years) => years * YEAR_S),
  ],
  // Room for the longest day label in any language ("22. Sept."), so that ticks never run together.
  space: 80,
  values: (_plot, splits) => readerFormat.axisDays(splits),
};
