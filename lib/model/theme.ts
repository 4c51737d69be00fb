import { z } from 'zod';
import { said } from './issue-text';
import { LongText, RecordId, ShortText } from './primitives';

/** A strategic pillar that groups objectives. */
export const ThemeSchema = z.strictObject({
  id: RecordId,
  name: ShortText,
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, said('issue_colour'))
    .optional(),
  description: LongText.optional(),
});
export type Theme = z.infer<typeof ThemeSchema>;
