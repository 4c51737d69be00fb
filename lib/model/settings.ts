import { z } from 'zod';
import { TrackerSchema } from './work-item-ref';

/** The user's preferences; every field has a default so a fresh install needs none stored. */
export const SettingsSchema = z.strictObject({
  staleAfterDays: z.number().int().min(1).max(365).default(45),
  density: z.enum(['compact', 'full']).default('compact'),
  trackers: z.array(TrackerSchema).default(['jira', 'asana', 'azure-devops']),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
