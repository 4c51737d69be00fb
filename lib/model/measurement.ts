import { z } from 'zod';
import { said } from './issue-text';
import { IsoDateOrTimestamp, LongText, RecordId } from './primitives';

/** A check-in of a benefit target's value; the latest one is the current value. */
export const MeasurementSchema = z.strictObject({
  id: RecordId,
  targetId: RecordId,
  value: z.number(),
  at: IsoDateOrTimestamp,
  confidence: z.number().min(0, said('issue_between0And1')).max(1, said('issue_between0And1')).optional(),
  note: LongText.optional(),
});
export type Measurement = z.infer<typeof MeasurementSchema>;
