import { describe, expect, it } from 'vitest';
import { exportPack } from '../../../lib/db/pack-io';
import { restoreRemoved } from '../../../lib/db/removed';
import { deleteTheme, saveTheme } from '../../../lib/db/themes';
import { NOW, seededDatabase } from './test-database';

describe('themes', () => {
  it('saves a theme and refuses a colour that is not #rrggbb', async () => {
    const db = await seededDatabase();
    expect(await saveTheme(db, { id: 'th-cx', name: 'Customers', color: '#00aa55' })).toEqual({
      id: 'th-cx',
      name: 'Customers',
      color: '#00aa55',
    });
    await expect(saveTheme(db, { id: 'th-cx', name: 'Customers', color: 'green' })).rejects.toThrow(
      'Cannot save the theme: color: must be a colour written #rrggbb',
    );
    expect((await db.themes.get('th-cx'))?.color).toBe('#00aa55');
  });

  it('deletes a theme, leaving its objectives without one, and undoes exactly', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    const removed = await deleteTheme(db, 'th-growth');
    expect(removed.themes.map((t) => t.id)).toEqual(['th-growth']);
    expect(removed.objectives.map((o) => o.themeId)).toEqual(['th-growth', 'th-growth']);
    expect((await db.objectives.toArray()).map((o) => o.themeId)).toEqual([null, null]);
    await restoreRemoved(db, removed);
    expect(await exportPack(db, NOW)).toEqual(before);
  });
});
