import Dexie, {
  type Collection,
  cmp,
  type DBCore,
  type DBCoreIndex,
  type DBCoreTable,
  type DBCoreTransaction,
  liveQuery,
  type Table,
} from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChunkRow, chunkedTablesMiddleware, readFrozenRecords } from '../../../lib/db/chunked-tables';

interface Item {
  id: string | number;
  code?: string;
  group?: string | number;
  rank?: number;
  tags?: string[];
}

interface Link {
  id: string;
  itemId: string;
  objectiveId: string;
}

interface Note {
  key: string;
  text: string;
}

type TestDatabase = Dexie & {
  items: Table<Item, string | number>;
  links: Table<Link, string>;
  notes: Table<Note, string>;
  chunks: Table<ChunkRow, [string, number]>;
};

const STORES = {
  items: 'id, &code, group, [group+rank], *tags',
  links: 'id, itemId, objectiveId, &[itemId+objectiveId]',
  notes: 'key',
  chunks: '[table+no]',
};

const opened: Dexie[] = [];
let counter = 0;

afterEach(async () => {
  const dbs = opened.splice(0);
  for (const db of dbs) db.close();
  for (const db of dbs) await db.delete();
});

function uniqueName(): string {
  return `chunked-test-${process.pid}-${++counter}`;
}

/** Counts the chunk rows each mutate writes, from below the middleware. */
interface Writes {
  rows: number;
}

function database(name: string, options: { chunked: boolean; chunkSize?: number; writes?: Writes }): TestDatabase {
  const db = new Dexie(name) as TestDatabase;
  db.version(1).stores(STORES);
  if (options.chunked)
    db.use(chunkedTablesMiddleware({ tables: ['items', 'links'], chunkTable: 'chunks', chunkSize: options.chunkSize }));
  const writes = options.writes;
  if (writes)
    db.use({
      stack: 'dbcore',
      level: -20,
      create: (down: DBCore) => ({
        table: (tableName: string) => {
          const table = down.table(tableName);
          return {
            ...table,
            mutate: (req) => {
              if (tableName === 'chunks' && req.type === 'put') writes.rows += req.values.length;
              return table.mutate(req);
            },
          };
        },
      }),
    });
  opened.push(db);
  return db;
}

/** What a call gave: its value, or the kind of error with what Dexie says failed. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { value: await run() };
  } catch (error) {
    const failures = (error as { failuresByPos?: Record<number, Error> }).failuresByPos;
    const inner = (error as { failures?: Error[] }).failures;
    return {
      error: (error as Error).name,
      ...(failures && {
        failures: Object.fromEntries(Object.entries(failures).map(([pos, failure]) => [pos, failure.name])),
      }),
      ...(inner && !failures && { failures: inner.map((failure) => failure.name) }),
    };
  }
}

async function chunkRows(db: TestDatabase, table: string): Promise<ChunkRow[]> {
  return db.chunks.where('[table+no]').between([table, -Infinity], [table, Infinity]).toArray();
}

const ids = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 2 }));
const item: fc.Arbitrary<Item> = fc.record(
  {
    id: ids,
    code: fc.constantFrom('X', 'Y', 'Z', 'x', 'W'),
    group: fc.oneof(fc.constantFrom('g1', 'g2', 'g3'), fc.integer({ min: 1, max: 2 })),
    rank: fc.integer({ min: 0, max: 3 }),
    tags: fc.array(fc.constantFrom('red', 'green', 'blue'), { maxLength: 3 }),
  },
  { requiredKeys: ['id'] },
);
const bound = fc.oneof(ids, fc.constant(undefined));

type Operation =
  | { kind: 'put' | 'add'; items: Item[] }
  | { kind: 'putOne' | 'addOne'; item: Item }
  | { kind: 'delete'; keys: (string | number)[] }
  | {
      kind: 'deleteRange';
      lower: string | number;
      upper: string | number;
      includeLower: boolean;
      includeUpper: boolean;
    }
  | { kind: 'modifyGroup'; group: string | number; rank: number }
  | { kind: 'deleteGroup'; group: string | number }
  | { kind: 'renameKey'; from: string | number; to: string | number }
  | { kind: 'clear' }
  | { kind: 'transaction'; items: Item[]; keys: (string | number)[]; fail: boolean };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('put' as const, 'add' as const), items: fc.array(item, { maxLength: 8 }) }),
  fc.record({ kind: fc.constantFrom('putOne' as const, 'addOne' as const), item }),
  fc.record({ kind: fc.constant('delete' as const), keys: fc.array(ids, { maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('deleteRange' as const),
    lower: ids,
    upper: ids,
    includeLower: fc.boolean(),
    includeUpper: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('modifyGroup' as const), group: item.map((i) => i.group ?? 'g1'), rank: fc.nat(3) }),
  fc.record({ kind: fc.constant('deleteGroup' as const), group: fc.constantFrom('g1', 'g2', 1) }),
  fc.record({ kind: fc.constant('renameKey' as const), from: ids, to: ids }),
  fc.record({ kind: fc.constant('clear' as const) }),
  fc.record({
    kind: fc.constant('transaction' as const),
    items: fc.array(item, { maxLength: 4 }),
    keys: fc.array(ids, { maxLength: 2 }),
    fail: fc.boolean(),
  }),
);

function apply(db: TestDatabase, op: Operation): Promise<unknown> {
  switch (op.kind) {
    case 'put':
      return outcome(() => db.items.bulkPut(op.items, { allKeys: true }));
    case 'add':
      return outcome(() => db.items.bulkAdd(op.items, { allKeys: true }));
    case 'putOne':
      return outcome(() => db.items.put(op.item));
    case 'addOne':
      return outcome(() => db.items.add(op.item));
    case 'delete':
      return outcome(() => db.items.bulkDelete(op.keys));
    case 'deleteRange':
      return outcome(() =>
        db.items.where(':id').between(op.lower, op.upper, op.includeLower, op.includeUpper).delete(),
      );
    case 'modifyGroup':
      return outcome(() => db.items.where('group').equals(op.group).modify({ rank: op.rank }));
    case 'deleteGroup':
      return outcome(() => db.items.where('group').equals(op.group).delete());
    case 'renameKey':
      return outcome(() =>
        db.items
          .where(':id')
          .equals(op.from)
          .modify((value) => {
            value.id = op.to;
          }),
      );
    case 'clear':
      return outcome(() => db.items.clear());
    case 'transaction':
      return outcome(() =>
        db.transaction('rw', db.items, db.notes, async () => {
          await db.items.bulkPut(op.items);
          await db.notes.put({ key: 'n', text: String(op.items.length) });
          await db.items.bulkDelete(op.keys);
          if (op.fail) throw new Error('abandoned');
          return db.items.count();
        }),
      );
  }
}

interface Query {
  lower?: string | number;
  upper?: string | number;
  lowerOpen: boolean;
  upperOpen: boolean;
  limit: number;
  offset: number;
  group: string | number;
  keys: (string | number)[];
  tag: string;
  code: string;
}

const queryArbitrary: fc.Arbitrary<Query> = fc.record({
  lower: bound,
  upper: bound,
  lowerOpen: fc.boolean(),
  upperOpen: fc.boolean(),
  limit: fc.integer({ min: 0, max: 5 }),
  offset: fc.integer({ min: 0, max: 3 }),
  group: fc.constantFrom('g1', 'g2', 'g3', 1, 2),
  keys: fc.array(ids, { maxLength: 5 }),
  tag: fc.constantFrom('red', 'green', 'blue'),
  code: fc.constantFrom('x', 'X', 'y', 'w'),
});

/** Reads that take every path Dexie has into a table: get, getMany, query, count and the cursors. */
async function read(db: TestDatabase, q: Query): Promise<Record<string, unknown>> {
  const t = db.items;
  const lower = q.lower ?? Dexie.minKey;
  const upper = q.upper ?? Dexie.maxKey;
  const reads: Record<string, () => Promise<unknown>> = {
    all: () => t.toArray(),
    count: () => t.count(),
    keys: () => t.toCollection().primaryKeys(),
    reversed: () => t.reverse().toArray(),
    get: () => t.get(q.keys[0] ?? 'a'),
    bulkGet: () => t.bulkGet(q.keys),
    between: () => t.where(':id').between(lower, upper, !q.lowerOpen, !q.upperOpen).toArray(),
    betweenCount: () => t.where(':id').between(lower, upper, !q.lowerOpen, !q.upperOpen).count(),
    above: () => t.where(':id').above(lower).primaryKeys(),
    belowOrEqual: () => t.where(':id').belowOrEqual(upper).limit(q.limit).toArray(),
    group: () => t.where('group').equals(q.group).toArray(),
    groupCount: () => t.where('group').equals(q.group).count(),
    groupReverse: () => t.where('group').equals(q.group).reverse().primaryKeys(),
    compound: () => t.where('[group+rank]').between([q.group, 1], [q.group, Dexie.maxKey]).toArray(),
    compoundOrder: () => t.orderBy('[group+rank]').limit(q.limit).toArray(),
    compoundOrderReverse: () => t.orderBy('[group+rank]').reverse().limit(q.limit).primaryKeys(),
    anyOf: () => t.where('group').anyOf([q.group, 'g2']).toArray(),
    anyOfKeys: () => t.where(':id').anyOf(q.keys).toArray(),
    noneOf: () => t.where('group').noneOf([q.group]).primaryKeys(),
    ignoreCase: () => t.where('code').equalsIgnoreCase(q.code).toArray(),
    startsWith: () => t.where(':id').startsWithAnyOf(['a', 'b']).primaryKeys(),
    tags: () => t.where('tags').equals(q.tag).primaryKeys(),
    tagsUnique: () => t.orderBy('tags').uniqueKeys(),
    tagsUniqueReverse: () => t.orderBy('tags').reverse().uniqueKeys(),
    groupsUnique: () => t.orderBy('group').uniqueKeys(),
    groupsUniqueReverse: () => t.orderBy('group').reverse().uniqueKeys(),
    offset: () => t.orderBy('group').offset(q.offset).limit(q.limit).toArray(),
    offsetReverse: () => t.orderBy('[group+rank]').reverse().offset(q.offset).toArray(),
    filtered: () => t.filter((i) => (i.rank ?? 0) > 1).toArray(),
    first: () => t.orderBy('code').first(),
    last: () => t.orderBy('code').last(),
    each: async () => {
      const seen: unknown[] = [];
      await t
        .where('group')
        .aboveOrEqual(q.group)
        .each((value, cursor) => seen.push([cursor.key, cursor.primaryKey, value.rank]));
      return seen;
    },
    eachKey: async () => {
      const seen: unknown[] = [];
      await t.orderBy('tags').eachUniqueKey((key) => seen.push(key));
      return seen;
    },
    uniqueEach: () => walkUnique(t.orderBy('group')),
    uniqueEachReverse: () => walkUnique(t.orderBy('group').reverse()),
    tagsUniqueEachReverse: () => walkUnique(t.where('tags').aboveOrEqual(q.tag).reverse()),
    ...Object.fromEntries(
      DIRECTIONS.map((direction) => [`query ${direction}`, () => coreQuery(db, direction, q)] as const),
    ),
    cursorWalk: () => cursorWalk(db, 'group', false, q),
    cursorWalkReverse: () => cursorWalk(db, '[group+rank]', true, q),
    cursorWalkPrimary: () => cursorWalk(db, null, false, q),
    or: () => t.where('group').equals(q.group).or('code').equals(q.code).primaryKeys(),
    notes: () => db.notes.toArray(),
  };
  const results: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(reads)) results[name] = await outcome(run);
  return results;
}

/** Each key a unique cursor visits, with the primary key it stops at (the lowest of the key's, either way). */
async function walkUnique(collection: Collection<Item, string | number>): Promise<unknown[]> {
  const seen: unknown[] = [];
  await collection.eachUniqueKey((key, cursor) => seen.push([key, cursor.primaryKey]));
  return seen;
}

const DIRECTIONS = ['next', 'prev', 'nextunique', 'prevunique'] as const;

/** A query in a direction Dexie itself never asks for (it asks for next and prev only). */
async function coreQuery(db: TestDatabase, direction: (typeof DIRECTIONS)[number], q: Query): Promise<unknown> {
  const table = db.items.core;
  const group = table.schema.getIndexByKeyPath('group')!;
  const range = { type: 3 as const, lower: undefined, upper: undefined };
  return db.transaction('r', db.items, async (tx) => ({
    values: await table.query({
      trans: tx.idbtrans,
      values: true,
      limit: q.limit + 1,
      direction,
      query: { index: group, range },
    }),
    keys: await table.query({ trans: tx.idbtrans, values: false, direction, query: { index: group, range } }),
  }));
}

/** Drives a DBCore cursor by hand: continue, advance, continue to a key and continuePrimaryKey, in turn. */
async function cursorWalk(db: TestDatabase, keyPath: string | null, reverse: boolean, q: Query): Promise<unknown> {
  const table = db.items.core;
  const index = keyPath === null ? table.schema.primaryKey : table.schema.getIndexByKeyPath(keyPath)!;
  return db.transaction('r', db.items, (tx) => walkCursor(table, tx.idbtrans, index, keyPath, reverse, q));
}

async function walkCursor(
  table: DBCoreTable,
  trans: DBCoreTransaction,
  index: DBCoreIndex,
  keyPath: string | null,
  reverse: boolean,
  q: Query,
): Promise<unknown> {
  const cursor = await table.openCursor({
    trans,
    values: true,
    reverse,
    query: { index, range: { type: 3 as const, lower: undefined, upper: undefined } },
  });
  if (!cursor) return null;
  const seen: unknown[] = [];
  let turn = 0;
  await cursor.start(() => {
    seen.push([cursor.key, cursor.primaryKey, cursor.value]);
    const target = q.keys[turn % Math.max(1, q.keys.length)] ?? 'a';
    switch (turn++ % 4) {
      case 0:
        return cursor.continue();
      case 1:
        return cursor.advance(q.offset + 1);
      case 2:
        return cursor.continue(keyPath === 'group' ? target : cursor.key);
      default:
        return cursor.continuePrimaryKey(cursor.key, target);
    }
  });
  return seen;
}

async function checkChunks(db: TestDatabase, chunkSize: number): Promise<void> {
  const rows = (await chunkRows(db, 'items')).filter((row) => row.no >= 0);
  for (const row of rows) {
    expect(row.records?.length).toBeGreaterThan(0);
    expect(row.records?.length).toBeLessThanOrEqual(chunkSize);
  }
  expect(rows.reduce((sum, row) => sum + (row.records?.length ?? 0), 0)).toBe(await db.items.count());
}

describe('chunkedTablesMiddleware', () => {
  it('answers every operation as a plain table does, over random sequences of writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(operation, queryArbitrary), { minLength: 1, maxLength: 12 }),
        async (steps) => {
          const plain = database(uniqueName(), { chunked: false });
          const chunked = database(uniqueName(), { chunked: true, chunkSize: 3 });
          // A second instance on the chunked database reads what the first writes, through its own cache.
          const reader = database(chunked.name, { chunked: true, chunkSize: 3 });
          for (const [op, q] of steps) {
            expect(await apply(chunked, op)).toEqual(await apply(plain, op));
            const expected = await read(plain, q);
            expect(await read(chunked, q)).toEqual(expected);
            expect(await read(reader, q)).toEqual(expected);
            await checkChunks(chunked, 3);
          }
          for (const db of [plain, chunked, reader]) db.close();
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('chunkedTablesMiddleware, case by case', () => {
  const records: Item[] = [
    { id: 'a', code: 'A', group: 'g1', rank: 1 },
    { id: 'b', code: 'B', group: 'g1', rank: 2 },
    { id: 'c', code: 'C', group: 'g1', rank: 2 },
    { id: 'd', code: 'D', group: 'g2', rank: 1 },
    { id: 'e', group: 'g1', rank: 3 },
    { id: 1, code: 'N', group: 'g1', rank: 1 },
  ];

  async function pair(): Promise<[TestDatabase, TestDatabase]> {
    const plain = database(uniqueName(), { chunked: false });
    const chunked = database(uniqueName(), { chunked: true, chunkSize: 2 });
    await plain.items.bulkAdd(records);
    await chunked.items.bulkAdd(records);
    return [plain, chunked];
  }

  it('deletes a primary key range with each kind of bound as IndexedDB does', async () => {
    for (const includeLower of [true, false])
      for (const includeUpper of [true, false]) {
        const [plain, chunked] = await pair();
        for (const db of [plain, chunked])
          await db.items.where(':id').between('b', 'd', includeLower, includeUpper).delete();
        expect(await chunked.items.toCollection().primaryKeys()).toEqual(
          await plain.items.toCollection().primaryKeys(),
        );
      }
  });

  it('moves a cursor with continuePrimaryKey, continue to a key and advance as IndexedDB does', async () => {
    const [plain, chunked] = await pair();
    const walks = await Promise.all(
      [plain, chunked].map((db) =>
        db.transaction('r', db.items, async (tx) => {
          const trans = tx.idbtrans;
          const table = db.items.core;
          const index = table.schema.getIndexByKeyPath('group')!;
          const seen: unknown[] = [];
          for (const reverse of [false, true]) {
            const cursor = await table.openCursor({
              trans,
              values: true,
              reverse,
              query: { index, range: { type: 3, lower: undefined, upper: undefined } },
            });
            let turn = 0;
            await cursor!.start(() => {
              seen.push([cursor!.key, cursor!.primaryKey]);
              const moves = reverse
                ? [() => cursor!.continuePrimaryKey('g1', 'b'), () => cursor!.advance(1), () => cursor!.continue()]
                : [() => cursor!.continuePrimaryKey('g1', 'c'), () => cursor!.continue('g2'), () => cursor!.continue()];
              (moves[turn++] ?? (() => cursor!.stop()))();
            });
          }
          return seen;
        }),
      ),
    );
    expect(walks[1]).toEqual(walks[0]);
    expect(walks[1]).toEqual([
      ['g1', 1],
      ['g1', 'c'],
      ['g2', 'd'],
      ['g2', 'd'],
      ['g1', 'b'],
      ['g1', 'a'],
      ['g1', 1],
    ]);
  });

  it('fails the records that break a unique index or reuse a key, with ConstraintError, and keeps the others', async () => {
    const [plain, chunked] = await pair();
    const batch: Item[] = [
      { id: 'f', code: 'F' },
      { id: 'a', code: 'Z' },
      { id: 'g', code: 'A' },
      { id: 'h', code: 'F' },
      { id: 'i', code: 'I' },
    ];
    const added = await Promise.all([plain, chunked].map((db) => outcome(() => db.items.bulkAdd(batch))));
    expect(added[1]).toEqual(added[0]);
    expect(added[1]).toEqual({
      error: 'BulkError',
      failures: { 1: 'ConstraintError', 2: 'ConstraintError', 3: 'ConstraintError' },
    });
    const put = await Promise.all([plain, chunked].map((db) => outcome(() => db.items.put({ id: 'b', code: 'C' }))));
    expect(put[1]).toEqual(put[0]);
    expect(put[1]).toEqual({ error: 'ConstraintError' });
    expect(await chunked.items.toArray()).toEqual(await plain.items.toArray());
    expect(await chunked.items.get('b')).toEqual(records[1]);
    // A record may take a code that another record in the same batch gives up.
    const swapped = [
      { ...records[0]!, code: 'X' },
      { ...records[1]!, code: 'A' },
    ];
    for (const db of [plain, chunked]) await db.items.bulkPut(swapped);
    expect(await chunked.items.where('code').equals('A').primaryKeys()).toEqual(['b']);
  });

  it('leaves neither the stored rows nor the cache changed when a transaction aborts', async () => {
    const db = database(uniqueName(), { chunked: true, chunkSize: 2 });
    await db.items.bulkAdd(records);
    const rowsBefore = await db.chunks.toArray();
    await expect(
      db.transaction('rw', db.items, db.notes, async () => {
        await db.items.put({ id: 'a', code: 'A2', group: 'g9' });
        await db.items.bulkAdd([
          { id: 'x', code: 'X' },
          { id: 'y', code: 'Y' },
        ]);
        await db.items.where('group').equals('g2').delete();
        await db.notes.put({ key: 'n', text: 'lost' });
        expect(await db.items.count()).toBe(7);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    expect(await db.items.toArray()).toEqual([records[5], ...records.slice(0, 5)]);
    expect(await db.items.where('group').equals('g9').count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
    expect(await db.chunks.toArray()).toEqual(rowsBefore);
    const fresh = database(db.name, { chunked: true, chunkSize: 2 });
    expect(await fresh.items.toArray()).toEqual(await db.items.toArray());
  });

  for (const abort of [false, true])
    it(`keeps a readwrite transaction's writes from a readonly one until it commits (${abort ? 'it aborts' : 'it commits'})`, async () => {
      const db = database(uniqueName(), { chunked: true });
      await db.items.bulkAdd(records);
      let writing = true;
      let wrote!: () => void;
      const written = new Promise<void>((resolve) => {
        wrote = resolve;
      });
      const writer = db.transaction('rw', db.items, async () => {
        await db.items.put({ id: 'z', code: 'Z' });
        wrote();
        for (let round = 0; round < 20; ++round) await db.items.get('a');
        writing = false;
        if (abort) throw new Error('abandoned');
      });
      await written;
      // The code the writer resumes runs in its zone: without ignoreTransaction the reads would join it.
      const seen = await Dexie.ignoreTransaction(() =>
        db.transaction('r', db.items, async () => {
          const value = await db.items.get('z');
          return { during: writing, value };
        }),
      );
      await writer.catch(() => undefined);
      if (abort || seen.during) expect(seen.value).toBeUndefined();
      else expect(seen.value).toEqual({ id: 'z', code: 'Z' });
      expect(await Dexie.ignoreTransaction(() => db.items.get('z'))).toEqual(
        abort ? undefined : { id: 'z', code: 'Z' },
      );
    });

  it('notices what another instance on the same database wrote', async () => {
    const name = uniqueName();
    const first = database(name, { chunked: true, chunkSize: 2 });
    const second = database(name, { chunked: true, chunkSize: 2 });
    await first.items.bulkAdd(records);
    expect(await second.items.where('group').equals('g1').primaryKeys()).toEqual([1, 'a', 'b', 'c', 'e']);
    await first.items.put({ id: 'f', code: 'F', group: 'g1' });
    await first.items.delete('a');
    expect(await second.items.where('group').equals('g1').primaryKeys()).toEqual([1, 'b', 'c', 'e', 'f']);
    await second.items.clear();
    expect(await first.items.count()).toBe(0);
    expect(await first.items.get('b')).toBeUndefined();
  });

  it('stores 10,000 records in 10 rows, writing each row once, and rewrites one row for one change', async () => {
    const writes = { rows: 0 };
    const db = database(uniqueName(), { chunked: true, writes });
    const links = Array.from({ length: 10_000 }, (_, at) => ({
      id: `ln-${String(at).padStart(5, '0')}`,
      itemId: `item-${at % 700}`,
      objectiveId: `ob-${at % 37}`,
    }));
    await db.links.bulkAdd(links);
    const rows = await chunkRows(db, 'links');
    expect(rows.filter((row) => row.no >= 0).map((row) => row.records?.length)).toEqual(Array(10).fill(1000));
    expect(rows.filter((row) => row.no < 0)).toHaveLength(1);
    expect(writes.rows).toBe(11);
    writes.rows = 0;
    await db.links.put({ ...links[4321]!, objectiveId: 'ob-x' });
    expect(writes.rows).toBe(2);
    expect(await db.links.where('objectiveId').equals('ob-x').primaryKeys()).toEqual(['ln-04321']);
    expect(await db.links.count()).toBe(10_000);
    const byPair = links
      .map((link) => (link.id === 'ln-04321' ? { ...link, objectiveId: 'ob-x' } : link))
      .sort((a, b) => cmp([a.itemId, a.objectiveId], [b.itemId, b.objectiveId]));
    expect(await db.links.orderBy('[itemId+objectiveId]').limit(3).primaryKeys()).toEqual(
      byPair.slice(0, 3).map((link) => link.id),
    );
  });

  it('hands out copies and keeps its own, as IndexedDB does', async () => {
    const db = database(uniqueName(), { chunked: true });
    const stored = { id: 'a', code: 'A', tags: ['red'], at: new Date(0) };
    await db.items.put(stored);
    stored.tags.push('changed after the put');
    const [got] = await db.items.bulkGet(['a']);
    got!.tags!.push('changed after a read');
    (await db.items.toArray())[0]!.tags!.push('changed after a query');
    await db.items.each((value) => value.tags!.push('changed in a cursor'));
    expect(await db.items.get('a')).toEqual({ id: 'a', code: 'A', tags: ['red'], at: new Date(0) });
    expect((await db.items.get('a')) as unknown).toHaveProperty('at', expect.any(Date));
  });

  it('takes ordinary tables and chunked ones in one transaction', async () => {
    const db = database(uniqueName(), { chunked: true });
    await db.transaction('rw', [db.links, db.notes, db.items], async () => {
      await db.links.add({ id: 'l1', itemId: 'i1', objectiveId: 'o1' });
      await db.notes.add({ key: 'k', text: 'note' });
      await db.items.add({ id: 'a', code: 'A' });
      expect(await db.links.where('[itemId+objectiveId]').equals(['i1', 'o1']).first()).toEqual({
        id: 'l1',
        itemId: 'i1',
        objectiveId: 'o1',
      });
    });
    expect(
      await db.transaction('r', db.links, db.notes, () => Promise.all([db.links.count(), db.notes.count()])),
    ).toEqual([1, 1]);
  });

  it('runs a liveQuery on a chunked table again after a write to it, and tells storagemutated', async () => {
    const db = database(uniqueName(), { chunked: true });
    await db.links.add({ id: 'l1', itemId: 'i1', objectiveId: 'o1' });
    const parts: string[] = [];
    const onMutated = (changed: Record<string, unknown>) => parts.push(...Object.keys(changed));
    Dexie.on('storagemutated', onMutated);
    const results: string[][] = [];
    let next!: () => void;
    let arrived = new Promise<void>((resolve) => {
      next = resolve;
    });
    const subscription = liveQuery(() => db.links.where('objectiveId').equals('o1').primaryKeys()).subscribe({
      next: (keys) => {
        results.push(keys);
        next();
      },
    });
    try {
      await arrived;
      arrived = new Promise<void>((resolve) => {
        next = resolve;
      });
      await db.links.put({ id: 'l2', itemId: 'i2', objectiveId: 'o1' });
      await arrived;
      expect(results).toEqual([['l1'], ['l1', 'l2']]);
      expect(parts).toContain(`idb://${db.name}/links/`);
    } finally {
      subscription.unsubscribe();
      Dexie.on('storagemutated').unsubscribe(onMutated);
    }
  });
});

describe('readFrozenRecords', () => {
  const items: Item[] = [
    { id: 'a', code: 'A', group: 'g1', rank: 1, tags: ['x'] },
    { id: 'b', code: 'B', group: 'g2', rank: 2 },
  ];

  it('hands a transaction that asks for it the records held in memory, frozen through and through, and every other one copies', async () => {
    const db = database(uniqueName(), { chunked: true });
    await db.items.bulkAdd(items);
    const frozenRead = () =>
      db.transaction('r', db.items, async () => {
        readFrozenRecords();
        return [await db.items.toArray(), await db.items.get('a'), await db.items.bulkGet(['b', 'z'])] as const;
      });
    const [all, one, some] = await frozenRead();
    const [again] = await frozenRead();
    expect(all).toEqual(items);
    expect(all[0]).toBe(again[0]);
    expect(one).toBe(all[0]);
    expect(some).toEqual([all[1], undefined]);
    expect(some[0]).toBe(all[1]);
    expect(Object.isFrozen(all[0]) && Object.isFrozen(all[0]!.tags)).toBe(true);
    expect(() => {
      (all[0] as Item).rank = 9;
    }).toThrow(TypeError);

    const copied = await db.items.toArray();
    expect(copied).toEqual(items);
    expect(copied[0]).not.toBe(all[0]);
    expect(Object.isFrozen(copied[0])).toBe(false);
    copied[0]!.tags!.push('y');
    expect((await db.items.get('a'))?.tags).toEqual(['x']);
  });

  it('copies a record that holds more than plain data, and shows a write made after an earlier frozen read', async () => {
    const db = database(uniqueName(), { chunked: true });
    const dated = { id: 'd', group: 'g1', at: new Date('2026-01-01T00:00:00Z') };
    await db.items.bulkAdd([...items, dated]);
    const read = () =>
      db.transaction('r', db.items, () => {
        readFrozenRecords();
        return db.items.toArray();
      });
    const before = await read();
    const date = before.find((item) => item.id === 'd') as typeof dated;
    expect(Object.isFrozen(date)).toBe(false);
    date.at.setFullYear(2000);
    expect(((await read()).find((item) => item.id === 'd') as typeof dated).at.toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    await db.items.update('a', { rank: 5 });
    const after = await read();
    expect(after.find((item) => item.id === 'a')?.rank).toBe(5);
    expect(before.find((item) => item.id === 'a')?.rank).toBe(1);
  });

  it('is refused outside a transaction', () => {
    expect(() => readFrozenRecords()).toThrow(/outside a transaction/);
  });
});
