import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDatabase, type ThroughlineDatabase } from '../../../lib/db/database';
import { readHistory, replaceHistory, saveSnapshot } from '../../../lib/db/snapshots';
import type { Snapshot } from '../../../lib/model/snapshot';
import { freshDatabase } from './test-database';

const DAY_MS = 86_400_000;
/** When every check-in was made: a value that changes is a new check-in's, in these tests as on a real day. */
const CHECKED_IN = '2024-12-01';

/** A day's full snapshot: every target's state and every objective's count, as takeSnapshot builds it. */
function fullSnapshot(day: string, takenAt: string, values: (number | null)[], counts: number[]): Snapshot {
  return {
    day,
    takenAt,
    span: 'day',
    seen: 10,
    aligned: 4,
    reasons: { link: 4 },
    figures: { objectivesInPlay: 2, objectivesWithoutWork: 0, warnings: {} },
    trackers: [],
    themes: [],
    objectives: counts.flatMap((aligned, index) =>
      aligned === 0 ? [] : [{ objectiveId: `ob-${index}`, aligned, reasons: { link: aligned } }],
    ),
    targets: values.map((value, index) =>
      value === null ? { targetId: `bt-${index}`, value } : { targetId: `bt-${index}`, value, at: CHECKED_IN },
    ),
  };
}

/** Saves over months: the same day again (step 0) or days later, each with its targets' values. */
const saves = fc.array(
  fc.record({
    // Now and then a gap longer than the history keeps, after which thinning passes old changes on to the day saved.
    step: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 45 }), fc.integer({ min: 700, max: 800 })),
    values: fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), { minLength: 3, maxLength: 3 }),
    counts: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 2, maxLength: 2 }),
  }),
  { minLength: 1, maxLength: 25 },
);

function snapshotsOf(plan: { step: number; values: (number | null)[]; counts: number[] }[]): Snapshot[] {
  let time = Date.parse('2025-01-01T12:00:00.000Z');
  return plan.map(({ step, values, counts }, index) => {
    time += step * DAY_MS;
    const day = new Date(time).toISOString().slice(0, 10);
    return fullSnapshot(day, new Date(time + index * 1000).toISOString(), values, counts);
  });
}

/** The same saves, each through a database object of its own, as a background that has just started makes them. */
async function savedWithoutMemory(name: string, snapshots: readonly Snapshot[]): Promise<Snapshot[]> {
  const stored: Snapshot[] = [];
  for (const snapshot of snapshots) {
    const db = createDatabase(name);
    stored.push(await saveSnapshot(db, snapshot));
    db.close();
  }
  return stored;
}

describe('saving the day’s snapshot again', () => {
  it('stores what a save that reads the whole history stores', async () => {
    await fc.assert(
      fc.asyncProperty(saves, async (plan) => {
        const snapshots = snapshotsOf(plan);
        const db = freshDatabase();
        const stored: Snapshot[] = [];
        for (const snapshot of snapshots) stored.push(await saveSnapshot(db, snapshot));

        const reference = freshDatabase();
        expect(stored).toEqual(await savedWithoutMemory(reference.name, snapshots));
        expect(await readHistory(db)).toEqual(await readHistory(reference));
      }),
      { numRuns: 40 },
    );
  });

  it('reads the history again when another context replaced it since', async () => {
    const snapshots = snapshotsOf([
      { step: 0, values: [1, 1, 1], counts: [1, 1] },
      { step: 1, values: [2, 1, 1], counts: [1, 1] },
      { step: 0, values: [2, 2, 1], counts: [1, 2] },
    ]);
    const db = freshDatabase();
    await saveSnapshot(db, snapshots[0]!);
    await saveSnapshot(db, snapshots[1]!);
    // A restore in another page puts back a history whose day before was taken elsewhere, with other values.
    const other: ThroughlineDatabase = createDatabase(db.name);
    await replaceHistory(other, [
      fullSnapshot(snapshots[0]!.day, `${snapshots[0]!.day}T23:00:00.000Z`, [2, 2, 1], [1, 2]),
      await other.snapshots.get(snapshots[1]!.day).then((day) => day!),
    ]);
    other.close();
    const again = await saveSnapshot(db, snapshots[2]!);
    // The restored day before already says every value of the day: nothing changed since.
    expect(again.targets).toEqual([]);
    expect(again.objectives).toEqual([]);
  });
});
