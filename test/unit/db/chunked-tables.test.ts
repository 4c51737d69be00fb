import Dexie, { type DBCore, type Table } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type ChunkRow, chunkedTablesMiddleware } from '../../../lib/db/chunked-tables';

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

const ids = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), fc.integer({ min: 0, max: 4 }));
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
  | { kind: 'deleteRange'; lower: string | number; upper: string | number }
  | { kind: 'modifyGroup'; group: string | number; rank: number }
  | { kind: 'deleteGroup'; group: string | number }
  | { kind: 'renameKey'; from: string | number; to: string | number }
  | { kind: 'clear' }
  | { kind: 'transaction'; items: Item[]; keys: (string | number)[]; fail: boolean };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('put' as const, 'add' as const), items: fc.array(item, { maxLength: 8 }) }),
  fc.record({ kind: fc.constantFrom('putOne' as const, 'addOne' as const), item }),
  fc.record({ kind: fc.constant('delete' as const), keys: fc.array(ids, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('deleteRange' as const), lower: ids, upper: ids }),
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
      return outcome(() => db.items.where(':id').between(op.lower, op.upper, true, false).delete());
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
    or: () => t.where('group').equals(q.group).or('code').equals(q.code).primaryKeys(),
    notes: () => db.notes.toArray(),
  };
  const results: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(reads)) results[name] = await outcome(run);
  return results;
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
      { numRuns: 100 },
    );
  }, 120_000);
});
