import { describe, expect, it } from 'vitest';
import {
  DAILY_DAYS,
  foldHistory,
  foldObjectives,
  foldTargets,
  KEEP_DAYS,
  keepChanges,
  targetSeries,
  thinHistory,
} from '../../../lib/history/history';
import { type Snapshot, SnapshotSchema } from '../../../lib/model/snapshot';

const DAY_MS = 86_400_000;
const dayAfter = (day: string, days: number) => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);

const snapshot = (day: string, targets: Snapshot['targets'] = []): Snapshot => ({
  day,
  takenAt: `${day}T18:00:00.000Z`,
  span: 'day',
  seen: 0,
  aligned: 0,
  reasons: {},
  figures: { objectivesInPlay: 0, objectivesWithoutWork: 0, warnings: {} },
  trackers: [],
  themes: [],
  objectives: [],
  targets,
});

describe('the snapshot history', () => {
  it('keeps only the objectives and targets that changed since the days before', () => {
    const before = foldHistory([
      snapshot('2026-01-01', [
        { targetId: 'a', value: 1, at: '2026-01-01' },
        { targetId: 'b', value: null },
      ]),
      snapshot('2026-01-02', [{ targetId: 'a', value: 2, at: '2026-01-02', confidence: 0.5 }]),
    ]);
    const today = snapshot('2026-01-03', [
      { targetId: 'a', value: 2, at: '2026-01-02', confidence: 0.5 },
      { targetId: 'b', value: 7, at: '2026-01-03' },
      { targetId: 'c', value: null },
    ]);
    expect(keepChanges(today, before).targets.map((state) => state.targetId)).toEqual(['b', 'c']);

    const counts = (objectiveId: string, aligned: number) => ({ objectiveId, aligned, reasons: { link: aligned } });
    const known = foldHistory([
      { ...snapshot('2026-01-01'), objectives: [counts('x', 2), counts('y', 1), counts('z', 4)] },
    ]);
    const next = { ...snapshot('2026-01-02'), objectives: [counts('x', 2), counts('y', 3)] };
    expect(keepChanges(next, known).objectives).toEqual([
      counts('y', 3),
      { objectiveId: 'z', aligned: 0, reasons: {} },
    ]);
  });

  it('thins two and a half years of days to a quarter of days and weeks before, never losing a value', () => {
    const today = '2027-06-30';
    const start = dayAfter(today, -900);
    const history: Snapshot[] = [];
    for (let i = 0; i <= 900; i++) {
      const day = dayAfter(start, i);
      // Every day a new value of target "a"; target "b" once, at the start.
      history.push({
        ...snapshot(day, [{ targetId: 'a', value: i, at: day }, ...(i === 0 ? [{ targetId: 'b', value: 5 }] : [])]),
        // Objective "o" changes twice, both times on days that go.
        objectives: i === 0 || i === 10 ? [{ objectiveId: 'o', aligned: i, reasons: {} }] : [],
      });
    }
    const { kept, removed } = thinHistory(history, today);
    expect(kept.length + removed.length).toBe(901);
    const ages = kept.map((stored) => (Date.parse(today) - Date.parse(stored.day)) / DAY_MS);
    expect(Math.max(...ages)).toBeLessThanOrEqual(KEEP_DAYS);
    expect(kept.filter((stored) => stored.span === 'day')).toHaveLength(DAILY_DAYS + 1);
    const weeks = kept.filter((stored) => stored.span === 'week');
    expect(weeks.length).toBeGreaterThan(90);
    expect(weeks.length).toBeLessThan(100);
    // Weekly snapshots are a week apart (the last day of each week); the week that reaches into the daily days
    // keeps its last day before them.
    for (let i = 1; i < weeks.length - 1; i++)
      expect((Date.parse(weeks[i]!.day) - Date.parse(weeks[i - 1]!.day)) / DAY_MS).toBe(7);
    // The oldest kept holds what was carried from the removed days: "b" still has its value.
    expect(foldTargets(kept).get('b')).toEqual({ targetId: 'b', value: 5 });
    expect(foldObjectives(kept).get('o')?.aligned).toBe(10);
    for (const stored of kept)
      expect(targetSeries(kept, 'a').find((point) => point.day === stored.day)?.state.at).toBe(stored.day);
    expect(kept.every((stored) => SnapshotSchema.safeParse(stored).success)).toBe(true);
    // Thinning again the next day changes nothing but that day's edges.
    const again = thinHistory(kept, dayAfter(today, 1));
    expect(again.removed.length).toBeLessThanOrEqual(2);
  });
});
