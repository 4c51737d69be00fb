import { z } from 'zod';
import { LongText, RecordId, ShortText } from './primitives';

/** A strategic pillar that groups objectives. */
export const ThemeSchema = z.strictObject({
  id: RecordId,
  name: ShortText,
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb')
    .optional(),
  description: LongText.optional(),
});
export type Theme = z.infer<typeof ThemeSchema>;
