import { t } from '../i18n/catalogue';
import { TRACKERS, type Tracker } from '../model/item-id';
import { type Settings, SettingsSchema } from '../model/settings';

/** The settings form as the user is editing it: the number stays the text typed until it is saved. */
export interface SettingsDraft {
  staleAfterDays: string;
  density: Settings['density'];
  trackers: readonly Tracker[];
  factsFetching: readonly Tracker[];
}

export type SettingsErrors = Partial<Record<keyof Settings, string>>;

export const STALE_DAYS_MIN = 1;
export const STALE_DAYS_MAX = 365;

export function draftOf(settings: Settings): SettingsDraft {
  return {
    staleAfterDays: String(settings.staleAfterDays),
    density: settings.density,
    trackers: settings.trackers,
    factsFetching: settings.factsFetching,
  };
}

/** The draft as settings, or what is wrong with it, field by field, in words for the form. */
export function readDraft(
  draft: SettingsDraft,
): { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors } {
  const text = draft.staleAfterDays.trim();
  const days = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  const parsed = SettingsSchema.safeParse({
    staleAfterDays: days,
    density: draft.density,
    // Kept in one order so that ticking boxes in another order is no change.
    trackers: TRACKERS.filter((tracker) => draft.trackers.includes(tracker)),
    factsFetching: TRACKERS.filter((tracker) => draft.factsFetching.includes(tracker)),
  });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof Settings;
    errors[field] ??=
      field === 'staleAfterDays'
        ? t('settingsForm_enterAWholeNumberOf', STALE_DAYS_MIN, STALE_DAYS_MAX)
        : t('settingsForm_thisValueIsNotAllowed', issue.message);
  }
  return { ok: false, errors };
}

/** Only the fields that differ from what is stored: a save then never undoes a change made elsewhere meanwhile. */
export function changedSettings(saved: Settings, next: Settings): Partial<Settings> {
  const changes: Partial<Settings> = {};
  if (next.staleAfterDays !== saved.staleAfterDays) changes.staleAfterDays = next.staleAfterDays;
  if (next.density !== saved.density) changes.density = next.density;
  const same = (a: readonly Tracker[], b: readonly Tracker[]) =>
    a.length === b.length && a.every((tracker) => b.includes(tracker));
  if (!same(next.trackers, saved.trackers)) changes.trackers = next.trackers;
  if (!same(next.factsFetching, saved.factsFetching)) changes.factsFetching = next.factsFetching;
  return changes;
}

export function withTracker(trackers: readonly Tracker[], tracker: Tracker, on: boolean): Tracker[] {
  return TRACKERS.filter((candidate) => (candidate === tracker ? on : trackers.includes(candidate)));
}
