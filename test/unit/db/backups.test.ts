import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dailyBackupTask } from '../../../lib/alarms/sharing-tasks';
import {
  checkBackupDocument,
  listBackups,
  MAX_BACKUPS,
  previewRestore,
  readBackup,
  restoreBackup,
  takeBackup,
} from '../../../lib/db/backups';
import { linkItem } from '../../../lib/db/links';
import { exportPack, importPack } from '../../../lib/db/pack-io';
import { SeenItemSchema } from '../../../lib/model/seen-item';
import { subscribe } from '../../../lib/subscriptions/refresh';
import { packBody, packServer } from '../subscriptions/pack-server';
import { freshDatabase, NOW, parsed, seededDatabase, smallPackInput } from './test-database';

const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);

describe('backups', () => {
  it('keeps the last ten, newest first, with date, size and record count', async () => {
    const db = await seededDatabase();
    for (let hour = 0; hour < MAX_BACKUPS + 2; hour++) await takeBackup(db, 'daily', at(hour));
    const backups = await listBackups(db);
    expect(backups).toHaveLength(MAX_BACKUPS);
    expect(backups[0]).toMatchObject({ takenAt: at(MAX_BACKUPS + 1).toISOString(), records: 8, name: 'Test strategy' });
    expect(backups[0]!.bytes).toBeGreaterThan(500);
    expect(await db.backupData.count()).toBe(MAX_BACKUPS);
  });

  it('takes one a day from the alarm, not one each time the browser starts', async () => {
    const db = await seededDatabase();
    let now = NOW;
    const task = dailyBackupTask(db, () => now);
    await task.run();
    now = at(3);
    await task.run();
    now = at(25);
    await task.run();
    expect((await listBackups(db)).map((backup) => backup.takenAt)).toEqual([at(25).toISOString(), NOW.toISOString()]);
  });

  it('takes none of an empty workspace', async () => {
    const db = freshDatabase();
    await dailyBackupTask(db, () => NOW).run();
    expect(await listBackups(db)).toEqual([]);
  });

  it('restores every layer and the subscriptions after the same preview an import shows, with a backup first', async () => {
    const db = await seededDatabase();
    await importPack(
      db,
      parsed({
        ...smallPackInput(),
        themes: [],
        objectives: [],
        benefitTargets: [],
        measurements: [],
        links: [],
        rules: [],
      }),
      'replace',
      NOW,
    );
    const server = packServer({ body: packBody(smallPackInput()), headers: { etag: '"a"' } });
    await subscribe(db, 'https://packs.example.test/p.json', NOW, server.fetch);
    await linkItem(db, { itemId: 'jira:acme.atlassian.net:PAY-3', objectiveId: 'ob-grow-1' }, NOW);
    const wanted = await exportPack(db, NOW);
    const layers = (await db.objectives.toArray()).map((objective) => objective.layer);
    const backup = await takeBackup(db, 'daily', at(1));

    await db.transaction('rw', db.links, () => db.links.clear());
    const restorable = await readBackup(db, backup.id);
    const preview = await previewRestore(db, restorable);
    expect(preview.changes.links).toMatchObject({ added: 2, removed: 0 });
    const before = await restoreBackup(db, restorable, at(2));
    expect(before.reason).toBe('before-restore');
    expect(await exportPack(db, NOW)).toEqual(wanted);
    expect((await db.objectives.toArray()).map((objective) => objective.layer)).toEqual(layers);
    expect(await db.subscriptions.count()).toBe(1);
  });

  it('refuses a damaged backup like a damaged pack, naming where', async () => {
    const db = await seededDatabase();
    const backup = await takeBackup(db, 'daily', NOW);
    const document = JSON.parse((await db.backupData.get(backup.id))!.text);
    document.pack.links[0].objectiveId = 'ob-gone';
    expect(() => checkBackupDocument(document, backup.id)).toThrow(
      /pack: links\[0\]\.objectiveId: refers to objective "ob-gone"/,
    );
    document.pack.links[0].objectiveId = 'ob-grow-2';
    document.layers = { objectives: { 'ob-grow-1': 'sub-missing' } };
    expect(() => checkBackupDocument(document, backup.id)).toThrow(/refers to subscription "sub-missing"/);
  });

  it('includes and restores any table registered beside the catalogue, each row checked', async () => {
    const db = await seededDatabase();
    const extra = [{ table: 'seenItems', schema: SeenItemSchema }];
    const seen = {
      id: 'jira:acme.atlassian.net:PAY-1',
      url: 'https://acme.atlassian.net/browse/PAY-1',
      lastSeen: NOW.toISOString(),
    };
    await db.seenItems.add(seen);
    const backup = await takeBackup(db, 'daily', NOW, undefined, extra);
    await db.seenItems.clear();
    await restoreBackup(db, await readBackup(db, backup.id, extra), at(1), extra);
    expect(await db.seenItems.toArray()).toEqual([seen]);
    const document = JSON.parse((await db.backupData.get(backup.id))!.text);
    document.tables.seenItems[0].url = 'javascript:alert(1)';
    expect(() =>
      checkBackupDocument(document, backup.id, [{ table: 'seenItems', schema: z.array(SeenItemSchema).element }]),
    ).toThrow(/tables\.seenItems\[0\]: url/);
  });
});

describe('a replace', () => {
  it('takes a backup first, which undoes it', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    const summary = await importPack(db, parsed({ ...smallPackInput(), rules: [], links: [] }), 'replace', at(1));
    expect(summary.backupId).toBeDefined();
    expect(await db.links.count()).toBe(0);
    await restoreBackup(db, await readBackup(db, summary.backupId!), at(2));
    expect(await exportPack(db, NOW)).toEqual(before);
  });

  it('replaces only the user’s own layer, and a merge may not change a subscribed record', async () => {
    const db = await seededDatabase();
    const input = smallPackInput();
    const theirs = {
      ...input,
      name: 'PMO pack',
      themes: [{ id: 'th-pmo', name: 'PMO theme' }],
      objectives: [
        { id: 'ob-pmo', code: 'PMO-1', title: 'PMO objective', status: 'active' as const, themeId: 'th-pmo' },
      ],
      benefitTargets: [],
      measurements: [],
      links: [],
      rules: [],
    };
    await subscribe(db, 'https://packs.example.test/p.json', NOW, packServer({ body: packBody(theirs) }).fetch);
    const replaced = await importPack(db, parsed({ ...input, links: [], rules: [] }), 'replace', at(1));
    expect(replaced.changes.objectives).toMatchObject({ removed: 0, unchanged: 2 });
    expect((await db.objectives.get('ob-pmo'))?.layer).toMatch(/^sub-/);

    const changed = {
      ...input,
      objectives: [{ ...theirs.objectives[0]!, title: 'Changed by me' }],
      themes: theirs.themes,
    };
    await expect(
      importPack(db, parsed({ ...changed, benefitTargets: [], measurements: [], links: [], rules: [] }), 'merge'),
    ).rejects.toThrow(
      /objectives\[0\]\.id: "ob-pmo" comes from the subscribed pack “PMO pack”, which is read-only here/,
    );
    const same = { ...theirs, name: 'an export of this workspace' };
    await expect(importPack(db, parsed(same), 'merge')).resolves.toMatchObject({
      changes: { objectives: { unchanged: 1, updated: 0 } },
    });
  });
});
