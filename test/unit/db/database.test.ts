import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../lib/db/database';
import { freshDatabase } from './test-database';

/** Version 1 as it shipped, to open a database as an earlier release left it. */
const VERSION_1_STORES = {
  themes: 'id',
  objectives: 'id, &code, themeId, parentId',
  benefitTargets: 'id, objectiveId',
  measurements: 'id, targetId, [targetId+at]',
  links: 'id, itemId, objectiveId, &[itemId+objectiveId]',
  rules: 'id, objectiveId',
  seenItems: 'id, lastSeen',
  sites: 'origin',
  meta: 'key',
};

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
    expect(db.verno).toBe(5);
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
      exclusions: ['itemId', 'objectiveId', '[itemId+objectiveId]'],
      facts: ['seenAt'],
      subscriptions: ['url'],
      backups: ['takenAt'],
      backupData: [],
      linkReceipts: ['removedAt'],
      snapshots: [],
      catalogueChunks: [],
    });
  });

  it('opens a version 1 database as version 5 with every record intact', async () => {
    const name = `throughline-v1-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(VERSION_1_STORES);
    await v1.table('objectives').put({ id: 'ob-1', code: 'GROW-1', title: 'Grow', status: 'active' });
    await v1.table('links').put({
      id: 'ln-1',
      itemId: 'jira:acme.atlassian.net:PAY-1',
      objectiveId: 'ob-1',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await v1.table('meta').put({ key: 'packName', value: 'Kept' });
    v1.close();
    const db = createDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.objectives.get('ob-1')).toEqual({ id: 'ob-1', code: 'GROW-1', title: 'Grow', status: 'active' });
    expect(await db.links.where('[itemId+objectiveId]').equals(['jira:acme.atlassian.net:PAY-1', 'ob-1']).count()).toBe(
      1,
    );
    expect(await db.meta.get('packName')).toEqual({ key: 'packName', value: 'Kept' });
    expect(await db.exclusions.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    await db.delete();
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
