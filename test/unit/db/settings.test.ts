import { describe, expect, it } from 'vitest';
import { getSettings, saveSettings } from '../../../lib/db/settings';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import { freshDatabase } from './test-database';

describe('settings', () => {
  it('are the defaults until something is saved', async () => {
    expect(await getSettings(freshDatabase())).toEqual(DEFAULT_SETTINGS);
  });

  it('saves the given settings and keeps the others', async () => {
    const db = freshDatabase();
    await saveSettings(db, { staleAfterDays: 30 });
    const saved = await saveSettings(db, { density: 'full' });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, staleAfterDays: 30, density: 'full' });
    expect(await getSettings(db)).toEqual(saved);
  });

  it('refuses invalid settings and reads damaged ones as the defaults', async () => {
    const db = freshDatabase();
    await expect(saveSettings(db, { staleAfterDays: 0 })).rejects.toThrow(
      /^Cannot save the settings: staleAfterDays: /,
    );
    await db.meta.put({ key: 'settings', value: { staleAfterDays: 'soon' } });
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
