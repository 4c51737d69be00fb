import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CHUNKED_TABLES, createDatabase } from '../../../../lib/db/database';
import { exportPack, importPack } from '../../../../lib/db/pack-io';
import { NOW, parsed, smallPackInput } from '../test-database';
import { EARLIER_VERSIONS } from './earlier-versions';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const byKey = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) => String(a.id ?? a.origin ?? a.key).localeCompare(String(b.id ?? b.origin ?? b.key)));

describe.each(EARLIER_VERSIONS)('a database of version $version', (earlier) => {
  async function storedAtThatVersion(): Promise<string> {
    const name = `throughline-upgrade-${earlier.version}-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    const old = new Dexie(name);
    for (const version of EARLIER_VERSIONS.filter((entry) => entry.version <= earlier.version))
      old.version(version.version).stores(version.stores);
    await old.open();
    for (const [table, rows] of Object.entries(earlier.rows())) await old.table(table).bulkAdd(rows);
    old.close();
    return name;
  }

  it('opens at the current version with every row intact', async () => {
    const db = createDatabase(await storedAtThatVersion());
    await db.open();
    expect(db.verno).toBeGreaterThan(earlier.version);
    for (const [table, rows] of Object.entries(earlier.rows()))
      expect(byKey(await db.table(table).toArray()), table).toEqual(byKey(rows));
    db.close();
  });

  it('keeps the catalogue in chunk rows afterwards, its old stores empty', async () => {
    const name = await storedAtThatVersion();
    await createDatabase(name).open();
    createDatabase(name).close();
    // Without the middleware: the stores as IndexedDB holds them.
    const raw = new Dexie(name);
    for (const version of EARLIER_VERSIONS) raw.version(version.version).stores(version.stores);
    raw.version(5).stores({ catalogueChunks: '[table+no]' });
    await raw.open();
    for (const table of CHUNKED_TABLES) {
      const rows = earlier.rows()[table] ?? [];
      expect(await raw.table(table).count(), table).toBe(0);
      const chunks = await raw
        .table('catalogueChunks')
        .where('[table+no]')
        .between([table, 0], [table, Infinity])
        .toArray();
      expect(chunks.flatMap((chunk) => chunk.records).length, table).toBe(rows.length);
    }
    raw.close();
  });

  it('works as a current database afterwards: the old catalogue exports, a new pack merges in', async () => {
    const db = createDatabase(await storedAtThatVersion());
    const before = await exportPack(db, NOW);
    expect(before.objectives.length).toBe(earlier.rows().objectives?.length);
    await importPack(db, parsed(smallPackInput()), 'merge', NOW);
    const after = (await exportPack(db, NOW)).objectives.map((objective) => objective.id);
    for (const objective of [...before.objectives, ...smallPackInput().objectives])
      expect(after).toContain(objective.id);
    expect(await db.subscriptions.count()).toBe(earlier.rows().subscriptions?.length ?? 0);
    db.close();
  });
});
