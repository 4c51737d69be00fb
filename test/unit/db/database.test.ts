import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database';
import { freshDatabase } from './test-database';

describe('ThroughlineDatabase', () => {
  it('is named throughline by default and opens on first use', async () => {
    const db = createDatabase();
    expect(db.name).toBe('throughline');
    expect(db.isOpen()).toBe(false);
    await db.delete();
  });

  it('declares the indexes the queries rely on', async () => {
    const db = freshDatabase();
    await db.open();
    expect(db.verno).toBe(3);
    const indexes = Object.fromEntries(db.tables.map((table) => [table.name, table.schema.indexes.map((i) => i.name)]));
    expect(indexes).toEqual({
      themes: [],
      objectives: ['code', 'themeId', 'parentId'],
      benefitTargets: ['objectiveId'],
      measurements: ['targetId', '[targetId+at]'],
      links: ['itemId', 'objectiveId', '[itemId+objectiveId]'],
      rules: ['objectiveId'],
      seenItems: ['lastSeen'],
      sites: [],
      meta: [],
      subscriptions: ['url'],
      backups: ['takenAt'],
      backupData: [],
      linkReceipts: ['removedAt'],
    });
  });

  it('refuses a second link of the same item to the same objective', async () => {
    const db = freshDatabase();
    const link = {
      itemId: 'jira:acme.atlassian.net:PAY-1',
      objectiveId: 'ob-1',
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    await db.links.add({ id: 'ln-1', ...link });
    await expect(db.links.add({ id: 'ln-2', ...link })).rejects.toBeInstanceOf(Dexie.ConstraintError);
  });
});
