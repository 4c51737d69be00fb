import { z } from 'zod';
import { said } from './issue-text';
import { OBJECTIVE_STATUSES } from './objective-statuses';
import { HttpUrl, IsoDate, LongText, RecordId, ShortText } from './primitives';

export const ObjectiveStatusSchema = z.enum(OBJECTIVE_STATUSES);
export type ObjectiveStatus = z.infer<typeof ObjectiveStatusSchema>;

export const ObjectiveCode = z.string().regex(/^[A-Za-z0-9_-]{1,24}$/, said('issue_objectiveCode'));

export const PeriodSchema = z
  .strictObject({ start: IsoDate, end: IsoDate })
  .refine((period) => period.start <= period.end, { ...said('issue_endsBeforeStart'), path: ['end'] });

export const ObjectiveSchema = z.strictObject({
  id: RecordId,
  code: ObjectiveCode,
  title: ShortText,
  themeId: RecordId.nullable().optional(),
  parentId: RecordId.nullable().optional(),
  owner: ShortText.optional(),
  status: ObjectiveStatusSchema,
  period: PeriodSchema.optional(),
  url: HttpUrl.optional(),
  description: LongText.optional(),
  archived: z.boolean().optional(),
  /** Whether work under an aligned parent or epic serves this objective too; on unless turned off. */
  inherit: z.boolean().optional(),
});
export type Objective = z.infer<typeof ObjectiveSchema>;
