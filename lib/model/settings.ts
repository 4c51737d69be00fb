import { z } from 'zod';
import { TrackerSchema } from './work-item-ref';

const fields = {
  staleAfterDays: z.number().int().min(1).max(365),
  density: z.enum(['compact', 'full']),
  trackers: z.array(TrackerSchema),
  factsFetching: z.array(TrackerSchema),
};

/** The user's preferences; every field has a default so a fresh install needs none stored. */
export const SettingsSchema = z.strictObject({
  staleAfterDays: fields.staleAfterDays.default(45),
  density: fields.density.default('compact'),
  trackers: fields.trackers.default(['jira', 'asana', 'azure-devops']),
  /** Trackers whose item facts are fetched from their APIs with the user's session; the others use what pages show. */
  factsFetching: fields.factsFetching.default(['jira', 'asana', 'azure-devops']),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A change to some settings: the fields not named keep their stored values (no defaults filled in). */
export const SettingsChangesSchema = z.strictObject(fields).partial();

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
