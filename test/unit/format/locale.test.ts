import { describe, expect, it } from 'vitest';
import { localeFormat } from '../../../lib/format/locale';

const us = localeFormat('en-US');
const de = localeFormat('de-DE');
const seconds = (day: string) => Date.parse(`${day}T00:00:00Z`) / 1000;
/** Intl puts narrow and no-break spaces where a reader sees a space. */
const spaced = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('localeFormat', () => {
  it("groups and rounds numbers in the reader's conventions", () => {
    expect(us.number(12_345.678)).toBe('12,345.68');
    expect(de.number(12_345.678)).toBe('12.345,68');
    expect(us.compact(1_310_000)).toBe('1.31M');
    expect(spaced(de.compact(1_310_000))).toBe('1,31 Mio.');
  });

  it('shows a stored day as the day that was typed, in any time zone', () => {
    expect(us.day('2026-03-02')).toBe('Mar 2, 2026');
    expect(de.day('2026-03-02')).toBe('02.03.2026');
    // A check-in stored as a timestamp late in the day keeps its day.
    expect(us.day('2026-03-02T23:30:00.000Z')).toBe('Mar 2, 2026');
  });

  it('writes a period as one range', () => {
    expect(spaced(localeFormat('en-GB').dayRange('2026-01-01', '2026-06-30'))).toBe('1 Jan – 30 Jun 2026');
    expect(spaced(de.dayRange('2026-01-01', '2026-06-30'))).toBe('01.01. – 30.06.2026');
  });

  it('leaves what is not a date as it was stored', () => {
    expect(us.day('someday')).toBe('someday');
    expect(us.dayRange('2026-06-30', '2026-01-01')).toBe('2026-06-30 – 2026-01-01');
    expect(us.date('not a moment')).toBe('not a moment');
    expect(us.dateTime('')).toBe('');
  });

  it('labels chart ticks by month when they fall on months, by day otherwise', () => {
    expect(us.axisDays([seconds('2026-01-01'), seconds('2026-02-01')])).toEqual(['Jan 2026', 'Feb 2026']);
    expect(de.axisDays([seconds('2026-01-01'), seconds('2026-02-01')])).toEqual(['Jan. 2026', 'Feb. 2026']);
    expect(us.axisDays([seconds('2026-01-01'), seconds('2026-01-15')])).toEqual(['Jan 1', 'Jan 15']);
    expect(de.axisDays([seconds('2026-01-01'), seconds('2026-01-15')])).toEqual(['1. Jan.', '15. Jan.']);
  });
});
