import type { DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import { catalogueTables, readCatalogue, warmCatalogue } from '../../../lib/db/catalogue';
import { createDatabase, type ThroughlineDatabase } from '../../../lib/db/database';
import { importPack } from '../../../lib/db/pack-io';
import { parsePack } from '../../../lib/model/parse-pack';
import { freshDatabase, NOW, smallPackInput } from './test-database';

/** The same database opened again, as another page opens it, counting the reads of chunk rows beneath the middleware. */
function reopened(db: ThroughlineDatabase): { db: ThroughlineDatabase; chunkReads: { count: number } } {
  const chunkReads = { count: 0 };
  const again = createDatabase(db.name);
  again.use({
    stack: 'dbcore',
    name: 'count-chunk-reads',
    level: -20,
    create: (down) => ({
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        if (name !== 'catalogueChunks') return table;
        return {
          ...table,
          query: (request) => {
            chunkReads.count++;
            return table.query(request);
          },
        };
      },
    }),
  });
  return { db: again, chunkReads };
}

describe('warmCatalogue', () => {
  it('loads the catalogue so that the next read in the same page takes no chunk row from the database', async () => {
    const stored = freshDatabase();
    const parsed = parsePack(smallPackInput());
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await importPack(stored, parsed.pack, 'merge', NOW);
    const { db, chunkReads } = reopened(stored);
    try {
      await warmCatalogue(db);
      expect(chunkReads.count).toBeGreaterThan(0);
      chunkReads.count = 0;
      const tables = catalogueTables(db);
      const read = await db.transaction('r', tables, () => readCatalogue(db));
      expect(chunkReads.count).toBe(0);
      expect(read.objectives.map((objective) => objective.id).sort()).toEqual(['ob-grow-1', 'ob-grow-2']);
    } finally {
      db.close();
    }
  });
});
