import { t } from '../i18n/catalogue';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../model/settings';
import type { ThroughlineDatabase } from './database';
import { validated } from './validate';

/**
 * The stored settings, or the defaults where none are stored or what is
 * stored no longer parses (written by another version, or damaged): a
 * preference is never worth failing a request for.
 */
export async function getSettings(db: ThroughlineDatabase): Promise<Settings> {
  const parsed = SettingsSchema.safeParse((await db.meta.get('settings'))?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

/** Changes the given settings, keeps the others, and answers the settings now in force. */
export async function saveSettings(db: ThroughlineDatabase, changes: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.meta, async () => {
    const settings = validated(SettingsSchema, { ...(await getSettings(db)), ...changes }, t('record_settings'));
    await db.meta.put({ key: 'settings', value: settings });
    return settings;
  });
}
