import { z } from 'zod';
import { t } from '../i18n/catalogue';
import { IsoDate, IsoDateOrTimestamp, IsoTimestamp, RecordId } from './primitives';
import { TrackerSchema } from './work-item-ref';

const Count = z.number().int().min(0);

/**
 * Aligned items by the reason that aligns them: the resolver's `via`
 * (link, rule, and whatever kinds it grows), so a new kind is counted
 * without a change here. An item with two reasons counts under both.
 */
export const ReasonCountsSchema = z.record(z.string().regex(/^[a-z][a-z-]{0,39}$/), Count);
export type ReasonCounts = z.infer<typeof ReasonCountsSchema>;

export const TrackerSiteCountsSchema = z.strictObject({
  tracker: TrackerSchema,
  site: z.string().min(1).max(200),
  seen: Count,
  aligned: Count,
  reasons: ReasonCountsSchema,
});

export const ThemeCountsSchema = z.strictObject({
  /** `null` for objectives with no theme. */
  themeId: RecordId.nullable(),
  /** Seen items serving at least one of the theme's objectives. */
  aligned: Count,
  reasons: ReasonCountsSchema,
});

export const ObjectiveCountsSchema = z.strictObject({
  objectiveId: RecordId,
  aligned: Count,
  reasons: ReasonCountsSchema,
});
export type ObjectiveCounts = z.infer<typeof ObjectiveCountsSchema>;

/** A benefit target's latest check-in as it stood that day; `value: null` once it has none. */
export const TargetStateSchema = z.strictObject({
  targetId: RecordId,
  value: z.number().nullable(),
  at: IsoDateOrTimestamp.optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type TargetState = z.infer<typeof TargetStateSchema>;

/** The figures at the top of the dashboard as they stood, so a report can say how they changed. */
export const SnapshotFiguresSchema = z.strictObject({
  objectivesInPlay: Count,
  objectivesWithoutWork: Count,
  warnings: z.record(z.string().regex(/^[a-z][a-z-]{0,39}$/), Count),
});

/**
 * One day's alignment and benefits: taken once a day on days the browser
 * runs (a day it did not run has none). Days older than a quarter are
 * thinned to one per week (`span: 'week'`, the week's last snapshot).
 * `objectives` and `targets` list only the objectives whose counts and the
 * targets whose latest check-in changed since the snapshot before (the
 * oldest holds them all; an objective that lost its work has a zero entry):
 * they move now and then, not daily, and this keeps two years of 1,000
 * objectives and 5,000 targets small.
 */
export const SnapshotSchema = z.strictObject({
  /** The local day it describes, `YYYY-MM-DD`; one snapshot per day. */
  day: IsoDate,
  takenAt: IsoTimestamp,
  span: z.enum(['day', 'week']),
  seen: Count,
  aligned: Count,
  reasons: ReasonCountsSchema,
  figures: SnapshotFiguresSchema,
  trackers: z.array(TrackerSiteCountsSchema).max(10_000),
  themes: z.array(ThemeCountsSchema).max(10_000),
  objectives: z.array(ObjectiveCountsSchema).max(200_000),
  targets: z.array(TargetStateSchema).max(200_000),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** A history as a pack carries it: oldest first, one snapshot per day. */
export const HistorySchema = z
  .array(SnapshotSchema)
  .max(2_000)
  .superRefine((history, ctx) => {
    history.forEach((snapshot, index) => {
      const before = history[index - 1];
      if (before && before.day >= snapshot.day)
        ctx.addIssue({
          code: 'custom',
          message: t('issue_snapshotOrder', snapshot.day, before.day),
          path: [index, 'day'],
        });
    });
  });
