import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { DAY_AXIS } from '../../../components/history/day-axis';

describe("a chart of days' time axis", () => {
  it('ticks only at whole days, never at hours', () => {
    const incrs = DAY_AXIS.incrs as number[];
    expect(incrs.length).toBeGreaterThan(0);
    for (const incr of incrs) expect(incr % 86_400).toBe(0);
  });

  it("reads its ticks in the reader's locale, not uPlot's month/day", () => {
    const values = DAY_AXIS.values as (plot: uPlot, splits: number[]) => string[];
    const days = [Date.UTC(2026, 10, 30), Date.UTC(2026, 11, 1)].map((ms) => ms / 1000);
    expect(values({} as uPlot, days)).toEqual(['Nov 30', 'Dec 1']);
    const months = [Date.UTC(2026, 9, 1), Date.UTC(2026, 10, 1)].map((ms) => ms / 1000);
    expect(values({} as uPlot, months)).toEqual(['Oct 2026', 'Nov 2026']);
  });
});
