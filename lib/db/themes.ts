import type { z } from 'zod';
import { t } from '../i18n/catalogue';
import { type Theme, ThemeSchema } from '../model/theme';
import { emptyCatalogue } from './catalogue';
import type { ThroughlineDatabase } from './database';
import type { Removed } from './removed';
import { validated } from './validate';

/** Adds a theme or replaces the one with the same id. */
export async function saveTheme(db: ThroughlineDatabase, input: z.input<typeof ThemeSchema>): Promise<Theme> {
  const theme = validated(ThemeSchema, input, t('record_theme'));
  await db.themes.put(theme);
  return theme;
}

/** Deletes a theme; its objectives stay, without a theme. */
export async function deleteTheme(db: ThroughlineDatabase, id: string): Promise<Removed> {
  return db.transaction('rw', [db.themes, db.objectives], async () => {
    const theme = await db.themes.get(id);
    if (!theme) return emptyCatalogue();
    const objectives = await db.objectives.where('themeId').equals(id).toArray();
    await db.objectives.bulkPut(objectives.map((objective) => ({ ...objective, themeId: null })));
    await db.themes.delete(id);
    return { ...emptyCatalogue(), themes: [theme], objectives };
  });
}
