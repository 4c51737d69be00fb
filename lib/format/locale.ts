/**
 * Dates and numbers in the reader's own language and conventions: every
 * extension page formats through one of these so that a figure or a day
 * reads the same way everywhere. `undefined` means the browser's locale.
 */
export interface LocaleFormat {
  /** `12,345.67` (en-US), `12.345,67` (de-DE): grouped, at most two decimals. */
  number(value: number): string;
  /** `1.31M` (en), `1,31 Mio.` (de): three significant digits, for figures that only need their size. */
  compact(value: number): string;
  /** A calendar day stored as `YYYY-MM-DD` (or a timestamp, of which the day is taken as typed): `2 Mar 2026`. */
  day(isoDay: string): string;
  /** Two calendar days as one range: `1 Jan – 30 Jun 2026`. */
  dayRange(start: string, end: string): string;
  /** A moment, as the day it was in the reader's time zone. */
  date(iso: string): string;
  /** A moment with its time, in the reader's time zone. */
  dateTime(iso: string): string;
  /** Chart ticks for days (seconds since 1970, UTC): `Mar 2026` when every tick is a month's first day, else `2 Mar`. */
  axisDays(seconds: readonly number[]): string[];
}

/** The day part of a stored day or timestamp, at midnight UTC, so that it stays the day that was typed. */
function utcDay(isoDay: string): Date | null {
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A formatter made on first use: the overlay's content script imports this file before the page has parsed. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => {
    made ??= make();
    return made;
  };
}

export function localeFormat(locale?: string): LocaleFormat {
  const plain = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const compact = lazy(() => new Intl.NumberFormat(locale, { notation: 'compact', maximumSignificantDigits: 3 }));
  const day = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
  const date = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const dateTime = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const month = lazy(() => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
  const dayMonth = lazy(() => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }));
  // A value that is not a date is shown as stored rather than as "Invalid Date".
  const moment = (iso: string, format: Intl.DateTimeFormat) => {
    const parsed = new Date(iso);
    return Number.isNaN(parsed.getTime()) ? iso : format.format(parsed);
  };
  return {
    number: (value) => plain().format(value),
    compact: (value) => compact().format(value),
    day: (isoDay) => {
      const parsed = utcDay(isoDay);
      return parsed ? day().format(parsed) : isoDay;
    },
    dayRange: (start, end) => {
      const from = utcDay(start);
      const to = utcDay(end);
      return from && to && from <= to ? day().formatRange(from, to) : `${start} – ${end}`;
    },
    date: (iso) => moment(iso, date()),
    dateTime: (iso) => moment(iso, dateTime()),
    axisDays: (seconds) => {
      const dates = seconds.map((value) => new Date(value * 1000));
      const monthly = dates.every((value) => value.getUTCDate() === 1);
      return dates.map((value) => (monthly ? month() : dayMonth()).format(value));
    },
  };
}

/** The browser's locale, for the extension pages. */
// Marked pure: a content script that imports this file's neighbours, and never formats a date, bundles none of it.
export const readerFormat = /* @__PURE__ */ localeFormat();
