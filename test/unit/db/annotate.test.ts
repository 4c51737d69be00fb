import { describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/db/annotate';
import { createDatabase, type ThroughlineDatabase } from '../../../lib/db/database';
import { linkItem } from '../../../lib/db/links';
import { recordSeen } from '../../../lib/db/seen-items';
import { saveSettings } from '../../../lib/db/settings';
import { currentSnapshot, warmAnnotations } from '../../../lib/db/snapshot-cache';
import type { ItemContext } from '../../../lib/model/annotation';
import type { Link } from '../../../lib/model/link';
import { freshDatabase, NOW, seededDatabase } from './test-database';

const options = { now: NOW, staleAfterDays: 45 };

/** Annotates from IndexedDB and then from the warm snapshot, which must agree. */
async function annotateBothWays(db: ThroughlineDatabase, items: { id: string; context?: ItemContext }[]) {
  expect(currentSnapshot(db)).toBeNull();
  const cold = await annotate(db, items, options);
  await warmAnnotations(db);
  expect(currentSnapshot(db)).not.toBeNull();
  expect(await annotate(db, items, options)).toEqual(cold);
  return cold;
}
const PAY_42 = 'jira:acme.atlassian.net:PAY-42';

describe('annotate', () => {
  it('answers every requested item, aligned or not, and each objective once', async () => {
    const db = await seededDatabase();
    const result = await annotateBothWays(db, [
      { id: PAY_42 },
      { id: 'jira:acme.atlassian.net:WEB-1', context: { labels: ['Expansion'] } },
      { id: 'asana:app.asana.com:1' },
    ]);
    expect(result.items).toEqual({
      [PAY_42]: [{ objectiveId: 'ob-grow-2', targetId: 'bt-ssr', via: 'link' }],
      'jira:acme.atlassian.net:WEB-1': [{ objectiveId: 'ob-grow-1', via: 'rule', ruleId: 'ru-1' }],
      'asana:app.asana.com:1': [],
    });
    expect(Object.keys(result.objectives).sort()).toEqual(['ob-grow-1', 'ob-grow-2']);
    expect(result.objectives['ob-grow-1']).toEqual({
      id: 'ob-grow-1',
      code: 'GROW-1',
      title: 'Win new markets',
      status: 'active',
      owner: 'Dana Smith',
      period: { start: '2026-01-01', end: '2026-12-31' },
      url: 'https://intranet.example.com/strategy/grow-1',
      themeName: 'Growth',
      themeColor: '#1f6feb',
      targets: [],
    });
  });

  it("reports each target's latest check-in and progress", async () => {
    const db = await seededDatabase();
    await db.measurements.add({ id: 'ms-0', targetId: 'bt-ssr', value: 900_000, at: '2026-06-30' });
    const { objectives } = await annotateBothWays(db, [{ id: PAY_42 }]);
    expect(objectives['ob-grow-2']?.targets).toEqual([
      {
        id: 'bt-ssr',
        name: 'Self-serve revenue',
        unit: 'EUR',
        direction: 'increase',
        baseline: 1_000_000,
        target: 1_500_000,
        dueDate: '2026-12-31',
        latest: { value: 1_250_000, at: '2026-11-14', confidence: 0.7 },
        ratio: 0.5,
        position: null,
        ageDays: 10,
        stale: false,
        // No period: the pace line starts at the first check-in (2026-06-30) and expects 137 of 184 days' worth.
        pace: 137 / 184,
        behindPace: true,
      },
    ]);
  });

  it('lists a link only once when a rule covers the same objective, and ignores disabled rules', async () => {
    const db = await seededDatabase();
    await db.rules.bulkAdd([
      {
        id: 'ru-pay',
        objectiveId: 'ob-grow-2',
        tracker: 'jira',
        match: { kind: 'key-pattern', value: '^PAY-' },
        enabled: true,
      },
      {
        id: 'ru-off',
        objectiveId: 'ob-grow-1',
        tracker: 'jira',
        match: { kind: 'project', value: 'PAY' },
        enabled: false,
      },
    ]);
    const { items } = await annotateBothWays(db, [{ id: PAY_42 }, { id: 'jira:acme.atlassian.net:PAY-43' }]);
    expect(items[PAY_42]).toEqual([{ objectiveId: 'ob-grow-2', targetId: 'bt-ssr', via: 'link' }]);
    expect(items['jira:acme.atlassian.net:PAY-43']).toEqual([
      { objectiveId: 'ob-grow-2', via: 'rule', ruleId: 'ru-pay' },
    ]);
  });

  it('combines rules matched by the context of each appearance of the same item', async () => {
    const db = await seededDatabase();
    const id = 'jira:acme.atlassian.net:WEB-9';
    const { items } = await annotateBothWays(db, [{ id }, { id, context: { labels: ['expansion'] } }]);
    expect(items[id]).toEqual([{ objectiveId: 'ob-grow-1', via: 'rule', ruleId: 'ru-1' }]);
  });

  it('answers empty lists on an empty database', async () => {
    const db = freshDatabase();
    expect(await annotate(db, [{ id: PAY_42 }], options)).toEqual({ items: { [PAY_42]: [] }, objectives: {} });
    expect(await annotate(db, [], options)).toEqual({ items: {}, objectives: {} });
  });

  it('finds the links of 2,000 items among 100,000 stored links', { timeout: 120_000 }, async () => {
    const db = await seededDatabase();
    const objectiveIds = ['ob-grow-1', 'ob-grow-2'];
    const links: Link[] = [];
    // 50,000 items with two links each; the request asks for every 25th item and 50 never linked.
    for (let n = 0; n < 50_000; n++)
      for (const objectiveId of objectiveIds)
        if (n % 3 !== 0 || objectiveId === 'ob-grow-2')
          links.push({
            id: `ln-${n}-${objectiveId}`,
            itemId: `jira:big.atlassian.net:BIG-${n}`,
            objectiveId,
            createdAt: '2026-01-01T00:00:00.000Z',
          });
    for (let n = 0; links.length < 100_000; n++)
      links.push({
        id: `ln-x${n}`,
        itemId: `asana:app.asana.com:${n}`,
        objectiveId: 'ob-grow-1',
        createdAt: '2026-01-01T00:00:00.000Z',
      });
    await db.links.bulkAdd(links);
    expect(await db.links.count()).toBe(100_001);

    const requested = Array.from({ length: 1_950 }, (_, i) => `jira:big.atlassian.net:BIG-${i * 25}`);
    for (let i = 0; i < 50; i++) requested.push(`jira:big.atlassian.net:NEW-${i}`);
    const { items, objectives } = await annotateBothWays(
      db,
      requested.map((id) => ({ id })),
    );

    expect(Object.keys(items)).toHaveLength(2_000);
    requested.forEach((id, index) => {
      const n = index * 25;
      const expected = index >= 1_950 ? [] : n % 3 === 0 ? ['ob-grow-2'] : ['ob-grow-1', 'ob-grow-2'];
      expect(items[id]?.map((alignment) => alignment.objectiveId)).toEqual(expected);
    });
    expect(Object.keys(objectives).sort()).toEqual(objectiveIds);
  });

  it('drops the snapshot when anything it holds changes, in this or another instance', async () => {
    const db = await seededDatabase();
    const PAY_7 = 'jira:acme.atlassian.net:PAY-7';
    await warmAnnotations(db);
    expect((await annotate(db, [{ id: PAY_7 }], options)).items[PAY_7]).toEqual([]);

    await linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1' }, NOW);
    expect(currentSnapshot(db)).toBeNull();
    expect((await annotate(db, [{ id: PAY_7 }], options)).items[PAY_7]).toEqual([
      { objectiveId: 'ob-grow-1', via: 'link' },
    ]);

    await warmAnnotations(db);
    const other = createDatabase(db.name);
    await other.objectives.update('ob-grow-1', { title: 'Renamed' });
    other.close();
    expect((await annotate(db, [{ id: PAY_7 }], options)).objectives['ob-grow-1']?.title).toBe('Renamed');
  });

  it('keeps the snapshot when only seen items or settings change', async () => {
    const db = await seededDatabase();
    await warmAnnotations(db);
    await recordSeen(db, [
      { id: PAY_42, url: 'https://acme.atlassian.net/browse/PAY-42', lastSeen: '2026-11-24T10:00:00.000Z' },
    ]);
    await saveSettings(db, { density: 'full' });
    expect(currentSnapshot(db)).not.toBeNull();
  });

  it('never keeps a snapshot older than a change made while it was read', async () => {
    const db = await seededDatabase();
    const warming = warmAnnotations(db);
    await db.rules.update('ru-1', { enabled: false });
    await warming;
    expect(currentSnapshot(db)).toBeNull();
    const id = 'jira:acme.atlassian.net:WEB-2';
    expect((await annotate(db, [{ id, context: { labels: ['expansion'] } }], options)).items[id]).toEqual([]);
  });
});
