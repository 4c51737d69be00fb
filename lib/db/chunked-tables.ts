/*
 * IndexedDB spends its time per row, not per byte: in Chromium, adding 100,000 records one per row takes
 * 18–31 s and reading them back 3–11 s, while a 145,000-record strategy pack must import in 3 s and export
 * in 2. Rows of 1,000 records each take 0.9–2.4 s to write and 0.1–0.8 s to read. This middleware stores
 * the catalogue tables that way without changing how anything uses them: Dexie, its hooks and liveQuery,
 * and every call site still see ordinary tables with their indexes, while the records live in chunk rows
 * of one physical store and the queries are answered from a copy in memory. Other contexts (the service
 * worker, extension pages) write the same database, so each transaction first reads the table's version
 * row, one small read, and only reloads the chunks when another writer has changed it.
 */
import Dexie, {
  cmp,
  type DBCore,
  type DBCoreCountRequest,
  type DBCoreCursor,
  type DBCoreGetManyRequest,
  type DBCoreGetRequest,
  type DBCoreIndex,
  type DBCoreKeyRange,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreOpenCursorRequest,
  type DBCoreQueryRequest,
  type DBCoreTable,
  type DBCoreTableSchema,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';

export interface ChunkedTablesOptions {
  /**
   * The tables to store in chunks. Each stays declared in the Dexie schema: Dexie builds its Table from that
   * declaration, and the middleware takes the indexes from it. Its own object store stays empty.
   */
  tables: readonly string[];
  /** The physical store of the chunk rows, declared with the primary key `[table+no]`. */
  chunkTable: string;
  /** Records per chunk row. */
  chunkSize?: number;
}

/**
 * Below all of Dexie's own middlewares (the lowest is at -1): the observability and cache middlewares must
 * see the chunked tables by their own names for liveQuery and `storagemutated`, and the transactions this
 * middleware gets from below must be IndexedDB's own, which it listens to for their end.
 */
export const CHUNKED_TABLES_LEVEL = -10;

const DEFAULT_CHUNK_SIZE = 1000;

/** The directory row's `no`; chunk rows count from 0. */
const DIRECTORY = -1;

/** A put or delete of more records than this rebuilds a sorted index when next read, rather than splicing it. */
const SPLICE_LIMIT = 64;

const EQUAL = 1;
const ANY = 3;
const NEVER = 4;

type Key = IDBValidKey;

export interface ChunkRow {
  table: string;
  no: number;
  records?: unknown[];
  version?: string;
}

interface Entry {
  readonly key: Key;
  readonly value: unknown;
  readonly chunk: number;
}

interface IndexEntry {
  readonly key: Key;
  readonly pk: Key;
}

const GONE: unique symbol = Symbol('gone');

/**
 * A map that a transaction can copy in the time its changes take, not the table's size: a copy shares the
 * base map and copies only the changes made on top of it, until they grow to an eighth of the base and are
 * merged into a new one. Copying a 100,000-entry Map for every write transaction took 50–130 ms here.
 */
class LayeredMap<V> {
  private constructor(
    private readonly base: ReadonlyMap<string, V>,
    private readonly changes: Map<string, V | typeof GONE>,
    private count: number,
  ) {}

  static of<V>(map: Map<string, V>): LayeredMap<V> {
    return new LayeredMap(map, new Map(), map.size);
  }

  get size(): number {
    return this.count;
  }

  get(id: string): V | undefined {
    const changed = this.changes.get(id);
    if (changed === undefined) return this.base.get(id);
    return changed === GONE ? undefined : changed;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, value: V): void {
    if (!this.has(id)) ++this.count;
    this.changes.set(id, value);
  }

  delete(id: string): void {
    if (!this.has(id)) return;
    --this.count;
    if (this.base.has(id)) this.changes.set(id, GONE);
    else this.changes.delete(id);
  }

  *[Symbol.iterator](): IterableIterator<[string, V]> {
    for (const entry of this.base) if (!this.changes.has(entry[0])) yield entry;
    for (const [id, value] of this.changes) if (value !== GONE) yield [id, value];
  }

  copy(): LayeredMap<V> {
    if (this.changes.size * 8 <= this.base.size) return new LayeredMap(this.base, new Map(this.changes), this.count);
    return LayeredMap.of(new Map(this));
  }
}

/** One version of a table. Shared snapshots never change but for their lazily built indexes. */
interface Snapshot {
  version: string | undefined;
  entries: LayeredMap<Entry>;
  chunks: Map<number, Set<string>>;
  /** Chunks with room for another record. */
  roomy: Set<number>;
  nextChunk: number;
  /** Sorted (key, primary key) pairs per index, by index name ('' for the primary key), built when read. */
  sorted: Map<string, IndexEntry[]>;
  /** For each unique index, who holds each key, built on the first write. */
  unique: Map<string, LayeredMap<string>>;
}

/** A table as one transaction sees it. */
interface TxTable {
  snap: Snapshot;
  /** The snapshot is this transaction's copy, made on its first write. */
  owned: boolean;
  ownedChunks: Set<number>;
  ownedSorted: Set<string>;
  ownedUnique: Set<string>;
  versionWritten: boolean;
  done: boolean;
}

interface VirtualTable {
  name: string;
  schema: DBCoreTableSchema;
  primaryKey: DBCoreIndex;
  indexes: Map<string, DBCoreIndex>;
  uniqueIndexes: DBCoreIndex[];
}

function domError(name: string, message: string): DOMException {
  return new DOMException(message, name);
}

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return cmp(a, b);
}

function comparePairs(a: IndexEntry, b: IndexEntry): number {
  return compareKeys(a.key, b.key) || compareKeys(a.pk, b.pk);
}

function isValidKey(key: unknown): key is Key {
  if (typeof key === 'string') return true;
  if (typeof key === 'number') return !Number.isNaN(key);
  if (key instanceof Date) return !Number.isNaN(key.getTime());
  if (key instanceof ArrayBuffer || ArrayBuffer.isView(key)) return true;
  return Array.isArray(key) && key.every(isValidKey);
}

function bytesOf(key: ArrayBuffer | ArrayBufferView): Uint8Array {
  return key instanceof ArrayBuffer ? new Uint8Array(key) : new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
}

/** A string that is the same for two keys exactly when `indexedDB.cmp` finds them equal. */
function encodeKey(key: Key): string {
  if (typeof key === 'string') return `s${key}`;
  if (typeof key === 'number') return `n${key}`;
  if (key instanceof Date) return `d${key.getTime()}`;
  if (Array.isArray(key)) {
    let encoded = 'a';
    for (const part of key) {
      const inner = encodeKey(part);
      encoded += `${inner.length}:${inner}`;
    }
    return encoded;
  }
  return `b${bytesOf(key).join(',')}`;
}

/** The records' map key: a string key itself, as nearly all are, else its encoding in a namespace of its own. */
function idOf(key: Key): string {
  return typeof key === 'string' && key.charCodeAt(0) !== 0 ? key : `\u0000${encodeKey(key)}`;
}

function indexKeys(index: DBCoreIndex, value: unknown): Key[] {
  const key = index.extractKey!(value);
  if (!index.multiEntry) return isValidKey(key) ? [key] : [];
  if (!Array.isArray(key)) return isValidKey(key) ? [key] : [];
  const seen = new Set<string>();
  const keys: Key[] = [];
  for (const part of key) {
    if (!isValidKey(part)) continue;
    const encoded = encodeKey(part);
    if (seen.has(encoded)) continue;
    seen.add(encoded);
    keys.push(part);
  }
  return keys;
}

/** The first position not before the probe that `order` compares an entry with (or, with `after`, after it). */
function firstAt(sorted: readonly IndexEntry[], order: (entry: IndexEntry) => number, after: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const compared = order(sorted[mid]!);
    if (compared < 0 || (after && compared === 0)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first position whose pair is not before `probe` (or, with `after`, is after it). */
function searchPair(sorted: readonly IndexEntry[], probe: IndexEntry, after: boolean): number {
  return firstAt(sorted, (entry) => comparePairs(entry, probe), after);
}

/** The first position whose key is not before `key` (or, with `after`, is after it). */
function searchKey(sorted: readonly IndexEntry[], key: Key, after: boolean): number {
  return firstAt(sorted, (entry) => compareKeys(entry.key, key), after);
}

/** The positions [start, end) of the pairs whose keys are in `range`. */
function bounds(sorted: readonly IndexEntry[], range: DBCoreKeyRange): [number, number] {
  if (range.type === NEVER) return [0, 0];
  if (range.type === ANY) return [0, sorted.length];
  const start =
    range.lower === undefined ? 0 : searchKey(sorted, range.lower, range.type !== EQUAL && !!range.lowerOpen);
  const end =
    range.upper === undefined
      ? sorted.length
      : searchKey(sorted, range.upper, range.type === EQUAL || !range.upperOpen);
  return [start, Math.max(start, end)];
}

function inRange(key: Key, range: DBCoreKeyRange): boolean {
  if (range.type === NEVER) return false;
  if (range.type === ANY) return true;
  const open = range.type !== EQUAL;
  if (range.lower !== undefined) {
    const order = compareKeys(key, range.lower);
    if (order < 0 || (order === 0 && open && range.lowerOpen)) return false;
  }
  if (range.upper !== undefined) {
    const order = compareKeys(key, range.upper);
    if (order > 0 || (order === 0 && open && range.upperOpen)) return false;
  }
  return true;
}

/** Where a group of equal keys that holds position `at` starts. */
function groupStart(sorted: readonly IndexEntry[], at: number): number {
  return searchKey(sorted, sorted[at]!.key, false);
}

const TOO_DEEP = new Error('too deep to copy by hand');

function copyPlain(value: unknown, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 64) throw TOO_DEEP;
  if (Array.isArray(value)) {
    const copied = new Array<unknown>(value.length);
    for (let at = 0; at < value.length; ++at) copied[at] = copyPlain(value[at], depth + 1);
    return copied;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const copied: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copied[key] = copyPlain((value as Record<string, unknown>)[key], depth + 1);
  return copied;
}

/**
 * A copy of stored records for a reader, who may change it, as IndexedDB hands out. Records are plain data,
 * which copying by hand does about five times faster than structuredClone (a 100,000-record read spends
 * most of its time here); other objects (dates, binary keys) still go through structuredClone, as does a
 * record too deep to copy by hand, which may hold a cycle.
 */
function copyOut<T>(value: T): T {
  try {
    return copyPlain(value, 0) as T;
  } catch (error) {
    if (error === TOO_DEEP) return structuredClone(value);
    throw error;
  }
}

/**
 * Freezes a record held in memory, through and through, when it is plain data, so that a reader may be handed
 * the record itself (see `readFrozenRecords`). A record holding anything else (a date, bytes) stays unfrozen at
 * its top, and every reader gets a copy of it.
 */
function freezePlain(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth > 64) return false;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const child of Object.values(value)) if (!freezePlain(child, depth + 1)) return false;
  Object.freeze(value);
  return true;
}

/** The transactions whose reads hand out the records held in memory, frozen, rather than copies. */
const frozenReads = new WeakSet<object>();

/**
 * Lets the current transaction's reads of chunked tables (`get`, `bulkGet`, `toArray` and the other queries)
 * return the records held in memory, frozen, instead of copies, for a reader that only looks: a preview that
 * compares a 145,000-record pack with the stored catalogue would otherwise copy every stored record first,
 * and hold both. Call it inside the transaction.
 */
export function readFrozenRecords(): void {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('readFrozenRecords() is called outside a transaction');
  frozenReads.add(transaction.idbtrans);
}

/** Records for a reader: copies, or in a transaction that reads frozen records, the frozen ones themselves. */
function handOut<T>(trans: DBCoreTransaction, value: T): T {
  if (!frozenReads.has(trans)) return copyOut(value);
  if (!Array.isArray(value)) return Object.isFrozen(value) ? value : copyOut(value);
  return value.map((record) => (Object.isFrozen(record) ? record : copyOut(record))) as T;
}

function emptySnapshot(version: string | undefined): Snapshot {
  return {
    version,
    entries: LayeredMap.of(new Map()),
    chunks: new Map(),
    roomy: new Set(),
    nextChunk: 0,
    sorted: new Map(),
    unique: new Map(),
  };
}

function newVersion(): string {
  return crypto.randomUUID();
}

/**
 * A whole table's records as the chunk rows that hold them, its directory row last: for writing a table
 * from below the middleware (an upgrade moving an earlier version's rows), in the layout the middleware reads.
 */
export function chunkRowsOf(table: string, records: readonly unknown[], chunkSize: number): ChunkRow[] {
  const rows: ChunkRow[] = [];
  for (let no = 0; no * chunkSize < records.length; no++)
    rows.push({ table, no, records: records.slice(no * chunkSize, (no + 1) * chunkSize) });
  rows.push({ table, no: DIRECTORY, version: newVersion() });
  return rows;
}

export function chunkedTablesMiddleware(options: ChunkedTablesOptions): Middleware<DBCore> {
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError(`chunkSize must be a positive integer`);
  const names = new Set(options.tables);
  return {
    stack: 'dbcore',
    name: 'ChunkedTables',
    level: CHUNKED_TABLES_LEVEL,
    create(down: DBCore): Partial<DBCore> {
      // An upgrade from a version without the chunk store runs on the tables as they were: the upgrade moves them.
      if (!down.schema.tables.some((table) => table.name === options.chunkTable)) return {};
      const chunks = down.table(options.chunkTable);
      const chunkKeyPath = chunks.schema.primaryKey.keyPath;
      if (!Array.isArray(chunkKeyPath) || chunkKeyPath.join('+') !== 'table+no')
        throw new Error(`${options.chunkTable} must have the primary key [table+no]`);
      const virtual = new Map<string, VirtualTable>();
      for (const name of names) virtual.set(name, describe(down.table(name).schema));

      /** The last committed snapshot this context knows of, per table; a transaction uses it when its version row agrees. */
      const shared = new Map<string, Snapshot>();
      const transactions = new WeakMap<DBCoreTransaction, Map<string, Promise<TxTable>>>();
      const modes = new WeakMap<DBCoreTransaction, string>();

      function describe(schema: DBCoreTableSchema): VirtualTable {
        const primaryKey = schema.primaryKey;
        if (primaryKey.outbound || primaryKey.autoIncrement || !primaryKey.extractKey)
          throw new Error(`${schema.name}: a chunked table needs an inbound primary key without auto-increment`);
        return {
          name: schema.name,
          schema,
          primaryKey,
          indexes: new Map(schema.indexes.map((index) => [index.name ?? '', index])),
          uniqueIndexes: schema.indexes.filter((index) => index.unique && !index.isPrimaryKey),
        };
      }

      function modeOf(trans: DBCoreTransaction): string {
        return modes.get(trans) ?? (trans as unknown as IDBTransaction).mode;
      }

      function build(table: VirtualTable, version: string | undefined, rows: readonly ChunkRow[]): Snapshot {
        const snap = emptySnapshot(version);
        const entries = new Map<string, Entry>();
        for (const row of rows) {
          const ids = new Set<string>();
          for (const value of row.records ?? []) {
            const key = table.primaryKey.extractKey!(value) as Key;
            const id = idOf(key);
            ids.add(id);
            freezePlain(value, 0);
            entries.set(id, { key, value, chunk: row.no });
          }
          snap.chunks.set(row.no, ids);
          if (ids.size < chunkSize) snap.roomy.add(row.no);
          snap.nextChunk = Math.max(snap.nextChunk, row.no + 1);
        }
        snap.entries = LayeredMap.of(entries);
        return snap;
      }

      async function load(trans: DBCoreTransaction, table: VirtualTable): Promise<TxTable> {
        const known = shared.get(table.name);
        const directory: ChunkRow | undefined = await chunks.get({ trans, key: [table.name, DIRECTORY] });
        const version = directory?.version;
        let snap = known;
        if (!snap || snap.version !== version) {
          const rows =
            version === undefined
              ? []
              : (
                  await chunks.query({
                    trans,
                    values: true,
                    query: {
                      index: chunks.schema.primaryKey,
                      range: { type: 2, lower: [table.name, 0], upper: [table.name, Infinity] },
                    },
                  })
                ).result;
          snap = build(table, version, rows);
          if (shared.get(table.name) === known) shared.set(table.name, snap);
        }
        return {
          snap,
          owned: false,
          ownedChunks: new Set(),
          ownedSorted: new Set(),
          ownedUnique: new Set(),
          versionWritten: false,
          done: false,
        };
      }

      function open(trans: DBCoreTransaction, table: VirtualTable): Promise<TxTable> {
        let tables = transactions.get(trans);
        if (!tables) {
          tables = new Map();
          transactions.set(trans, tables);
        }
        let tx = tables.get(table.name);
        if (!tx) {
          tx = load(trans, table);
          tables.set(table.name, tx);
        }
        return tx;
      }

      function sortedOf(tx: TxTable, index: DBCoreIndex): IndexEntry[] {
        const name = index.isPrimaryKey ? '' : index.name!;
        const cached = tx.snap.sorted.get(name);
        if (cached) return cached;
        const sorted: IndexEntry[] = [];
        for (const [, entry] of tx.snap.entries) {
          if (index.isPrimaryKey) sorted.push({ key: entry.key, pk: entry.key });
          else for (const key of indexKeys(index, entry.value)) sorted.push({ key, pk: entry.key });
        }
        sorted.sort(comparePairs);
        tx.snap.sorted.set(name, sorted);
        if (tx.owned) tx.ownedSorted.add(name);
        return sorted;
      }

      function indexOf(table: VirtualTable, index: DBCoreIndex): DBCoreIndex {
        if (index.isPrimaryKey) return table.primaryKey;
        const own = table.indexes.get(index.name ?? '');
        if (!own) throw domError('NotFoundError', `${table.name} has no index ${index.name}`);
        return own;
      }

      function uniqueOf(tx: TxTable, index: DBCoreIndex): LayeredMap<string> {
        const name = index.name!;
        let holders = tx.snap.unique.get(name);
        if (!holders) {
          const built = new Map<string, string>();
          for (const [id, entry] of tx.snap.entries)
            for (const key of indexKeys(index, entry.value)) built.set(encodeKey(key), id);
          holders = LayeredMap.of(built);
        } else if (!tx.ownedUnique.has(name)) {
          holders = holders.copy();
        } else {
          return holders;
        }
        tx.snap.unique.set(name, holders);
        tx.ownedUnique.add(name);
        return holders;
      }

      function listen(trans: DBCoreTransaction, table: VirtualTable, tx: TxTable): void {
        const target = trans as unknown as EventTarget;
        target.addEventListener('complete', () => {
          tx.done = true;
          if (tx.versionWritten) shared.set(table.name, tx.snap);
        });
        target.addEventListener('abort', () => {
          tx.done = true;
        });
      }

      /**
       * A transaction writes to a copy of its own, which becomes the shared one when it commits: an abort then
       * leaves nothing to undo, and other transactions of this context never see what is not committed.
       */
      function own(trans: DBCoreTransaction, table: VirtualTable, tx: TxTable): void {
        if (tx.owned) return;
        const base = tx.snap;
        tx.snap = {
          version: newVersion(),
          entries: base.entries.copy(),
          chunks: new Map(base.chunks),
          roomy: new Set(base.roomy),
          nextChunk: base.nextChunk,
          sorted: new Map(base.sorted),
          unique: new Map(base.unique),
        };
        tx.owned = true;
        listen(trans, table, tx);
      }

      function ownChunk(tx: TxTable, no: number): Set<string> {
        let ids = tx.snap.chunks.get(no);
        if (!tx.ownedChunks.has(no)) {
          ids = new Set(ids);
          tx.snap.chunks.set(no, ids);
          tx.ownedChunks.add(no);
        }
        return ids!;
      }

      /** Changes to one table from one mutate request, and what they touched. */
      class Batch {
        readonly before = new Map<string, Entry | undefined>();
        readonly touched = new Set<number>();
        rebuild = false;

        constructor(
          private readonly table: VirtualTable,
          private readonly tx: TxTable,
        ) {}

        private remember(id: string, entry: Entry | undefined): void {
          if (this.rebuild || this.tx.snap.sorted.size === 0 || this.before.has(id)) return;
          if (this.before.size >= SPLICE_LIMIT) this.rebuild = true;
          else this.before.set(id, entry);
        }

        /** The unique index a record would break, if any. */
        conflict(id: string, value: unknown): DBCoreIndex | undefined {
          for (const index of this.table.uniqueIndexes) {
            const holders = uniqueOf(this.tx, index);
            for (const key of indexKeys(index, value)) {
              const holder = holders.get(encodeKey(key));
              if (holder !== undefined && holder !== id) return index;
            }
          }
          return undefined;
        }

        private release(entry: Entry): void {
          for (const index of this.table.uniqueIndexes) {
            const holders = uniqueOf(this.tx, index);
            for (const key of indexKeys(index, entry.value)) holders.delete(encodeKey(key));
          }
        }

        private claim(id: string, value: unknown): void {
          for (const index of this.table.uniqueIndexes) {
            const holders = uniqueOf(this.tx, index);
            for (const key of indexKeys(index, value)) holders.set(encodeKey(key), id);
          }
        }

        private roomyChunk(): number {
          const snap = this.tx.snap;
          for (const no of snap.roomy) return no;
          const no = snap.nextChunk++;
          snap.chunks.set(no, new Set());
          this.tx.ownedChunks.add(no);
          snap.roomy.add(no);
          return no;
        }

        write(key: Key, value: unknown): void {
          const snap = this.tx.snap;
          const id = idOf(key);
          const existing = snap.entries.get(id);
          this.remember(id, existing);
          if (existing) this.release(existing);
          const chunk = existing ? existing.chunk : this.roomyChunk();
          freezePlain(value, 0);
          snap.entries.set(id, { key, value, chunk });
          this.claim(id, value);
          this.touched.add(chunk);
          if (existing) return;
          const ids = ownChunk(this.tx, chunk);
          ids.add(id);
          if (ids.size >= chunkSize) snap.roomy.delete(chunk);
        }

        remove(id: string): void {
          const snap = this.tx.snap;
          const existing = snap.entries.get(id);
          if (!existing) return;
          this.remember(id, existing);
          this.release(existing);
          snap.entries.delete(id);
          const ids = ownChunk(this.tx, existing.chunk);
          ids.delete(id);
          this.touched.add(existing.chunk);
          if (ids.size > 0) {
            snap.roomy.add(existing.chunk);
          } else {
            snap.chunks.delete(existing.chunk);
            snap.roomy.delete(existing.chunk);
          }
        }

        private updateSorted(): void {
          const snap = this.tx.snap;
          for (const [name, cached] of snap.sorted) {
            if (this.rebuild) {
              snap.sorted.delete(name);
              continue;
            }
            const sorted = this.tx.ownedSorted.has(name) ? cached : cached.slice();
            snap.sorted.set(name, sorted);
            this.tx.ownedSorted.add(name);
            const index = name === '' ? this.table.primaryKey : this.table.indexes.get(name)!;
            const keysOf = (entry: Entry) => (name === '' ? [entry.key] : indexKeys(index, entry.value));
            for (const [id, before] of this.before) {
              if (before)
                for (const key of keysOf(before)) {
                  const at = searchPair(sorted, { key, pk: before.key }, false);
                  if (at < sorted.length && comparePairs(sorted[at]!, { key, pk: before.key }) === 0)
                    sorted.splice(at, 1);
                }
              const after = snap.entries.get(id);
              if (after)
                for (const key of keysOf(after)) {
                  const pair = { key, pk: after.key };
                  sorted.splice(searchPair(sorted, pair, false), 0, pair);
                }
            }
          }
        }

        /** Brings the indexes up to date and writes the touched chunks, the version row with the first change. */
        async commit(trans: DBCoreTransaction): Promise<void> {
          if (this.touched.size === 0) return;
          this.updateSorted();
          const snap = this.tx.snap;
          const name = this.table.name;
          const rows: ChunkRow[] = [];
          const gone: [string, number][] = [];
          for (const no of this.touched) {
            const ids = snap.chunks.get(no);
            if (ids) rows.push({ table: name, no, records: [...ids].map((id) => snap.entries.get(id)!.value) });
            else gone.push([name, no]);
          }
          if (!this.tx.versionWritten) {
            rows.push({ table: name, no: DIRECTORY, version: snap.version });
            this.tx.versionWritten = true;
          }
          const responses = await Promise.all([
            chunks.mutate({ trans, type: 'put', values: rows }),
            gone.length > 0 ? chunks.mutate({ trans, type: 'delete', keys: gone }) : undefined,
          ]);
          for (const response of responses)
            if (response && response.numFailures > 0) throw Object.values(response.failures)[0];
        }
      }

      function checkKey(key: unknown): Key {
        if (!isValidKey(key)) throw domError('DataError', 'The parameter is not a valid key.');
        return key;
      }

      /** Refuses what IDBKeyRange refuses. */
      function checkRange(range: DBCoreKeyRange): DBCoreKeyRange {
        if (range.type === ANY || range.type === NEVER) return range;
        if (range.lower !== undefined) checkKey(range.lower);
        if (range.upper !== undefined) checkKey(range.upper);
        if (range.type === EQUAL || range.lower === undefined || range.upper === undefined) return range;
        const order = compareKeys(range.lower, range.upper);
        if (order > 0 || (order === 0 && (range.lowerOpen || range.upperOpen)))
          throw domError('DataError', 'The lower bound is above the upper bound.');
        return range;
      }

      async function mutate(vt: VirtualTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
        const tx = await open(req.trans, vt);
        if (tx.done) throw domError('TransactionInactiveError', 'The transaction has finished.');
        if (modeOf(req.trans) === 'readonly') throw domError('ReadOnlyError', 'The transaction is read-only.');
        if (req.type === 'deleteRange') {
          checkRange(req.range);
          if (req.range.type === NEVER) return { numFailures: 0, failures: [], results: [], lastResult: undefined };
          own(req.trans, vt, tx);
          const batch = new Batch(vt, tx);
          if (req.range.type === ANY) for (const [id] of [...tx.snap.entries]) batch.remove(id);
          else for (const [id, entry] of [...tx.snap.entries]) if (inRange(entry.key, req.range)) batch.remove(id);
          await batch.commit(req.trans);
          return { numFailures: 0, failures: [], results: [undefined], lastResult: undefined };
        }
        if (req.type === 'delete') {
          const ids = req.keys.map((key) => idOf(checkKey(key)));
          if (ids.length === 0) return { numFailures: 0, failures: [], results: [], lastResult: undefined };
          own(req.trans, vt, tx);
          const batch = new Batch(vt, tx);
          for (const id of ids) batch.remove(id);
          await batch.commit(req.trans);
          return { numFailures: 0, failures: [], results: req.keys, lastResult: undefined };
        }
        if (req.values.length === 0) return { numFailures: 0, failures: [], results: [], lastResult: undefined };
        const values: unknown[] = structuredClone([...req.values]);
        const keys = values.map((value) => checkKey(vt.primaryKey.extractKey!(value)));
        own(req.trans, vt, tx);
        const batch = new Batch(vt, tx);
        const failures: Error[] = [];
        const results: unknown[] = [];
        let numFailures = 0;
        values.forEach((value, at) => {
          const key = keys[at]!;
          const id = idOf(key);
          if (req.type === 'add' && tx.snap.entries.has(id)) {
            failures[at] = domError('ConstraintError', `Key already exists in the object store ${vt.name}.`);
          } else {
            const broken = batch.conflict(id, value);
            if (broken)
              failures[at] = domError('ConstraintError', `Unique index ${broken.name} of ${vt.name} violated.`);
          }
          if (failures[at]) {
            ++numFailures;
            results[at] = undefined;
            return;
          }
          batch.write(key, value);
          results[at] = key;
        });
        await batch.commit(req.trans);
        return { numFailures, failures, results, lastResult: results[results.length - 1] };
      }

      function readPositions(
        sorted: readonly IndexEntry[],
        range: DBCoreKeyRange,
        direction: string,
        limit: number,
      ): number[] {
        const [start, end] = bounds(sorted, range);
        const positions: number[] = [];
        if (direction === 'next') for (let at = start; at < end && positions.length < limit; ++at) positions.push(at);
        else if (direction === 'prev')
          for (let at = end - 1; at >= start && positions.length < limit; --at) positions.push(at);
        else if (direction === 'nextunique')
          for (let at = start; at < end && positions.length < limit; at = searchKey(sorted, sorted[at]!.key, true))
            positions.push(at);
        else
          for (let at = end - 1; at >= start && positions.length < limit; ) {
            const first = Math.max(start, groupStart(sorted, at));
            positions.push(first);
            at = first - 1;
          }
        return positions;
      }

      async function query(vt: VirtualTable, req: DBCoreQueryRequest) {
        const tx = await open(req.trans, vt);
        const limit = req.limit ?? Infinity;
        if (limit === 0) return { result: [] };
        const index = indexOf(vt, req.query.index);
        const range = checkRange(req.query.range);
        if (index.isPrimaryKey && range.type === EQUAL) {
          const entry = tx.snap.entries.get(idOf(checkKey(range.lower)));
          return { result: entry ? [handOut(req.trans, req.values ? entry.value : entry.key)] : [] };
        }
        const sorted = sortedOf(tx, index);
        const positions = readPositions(sorted, range, req.direction ?? 'next', limit);
        const result = positions.map((at) => {
          const pk = sorted[at]!.pk;
          return req.values ? tx.snap.entries.get(idOf(pk))!.value : pk;
        });
        return { result: handOut(req.trans, result) };
      }

      async function count(vt: VirtualTable, req: DBCoreCountRequest): Promise<number> {
        const tx = await open(req.trans, vt);
        const index = indexOf(vt, req.query.index);
        const range = checkRange(req.query.range);
        if (index.isPrimaryKey && range.type === ANY) return tx.snap.entries.size;
        if (index.isPrimaryKey && range.type === EQUAL) return tx.snap.entries.has(idOf(checkKey(range.lower))) ? 1 : 0;
        const [start, end] = bounds(sortedOf(tx, index), range);
        return end - start;
      }

      async function get(vt: VirtualTable, req: DBCoreGetRequest): Promise<unknown> {
        const tx = await open(req.trans, vt);
        const entry = tx.snap.entries.get(idOf(checkKey(req.key)));
        return entry ? handOut(req.trans, entry.value) : undefined;
      }

      async function getMany(vt: VirtualTable, req: DBCoreGetManyRequest): Promise<unknown[]> {
        const tx = await open(req.trans, vt);
        const values = req.keys.map((key) =>
          key == null ? undefined : tx.snap.entries.get(idOf(checkKey(key)))?.value,
        );
        return handOut(req.trans, values);
      }

      async function openCursor(vt: VirtualTable, req: DBCoreOpenCursorRequest): Promise<DBCoreCursor | null> {
        const tx = await open(req.trans, vt);
        const index = indexOf(vt, req.query.index);
        const range = checkRange(req.query.range);
        const reverse = !!req.reverse;
        const unique = !!req.unique;
        const sorted = () => sortedOf(tx, index);
        const direction = reverse ? (unique ? 'prevunique' : 'prev') : 'next';
        const first = readPositions(sorted(), range, direction, 1)[0];
        if (first === undefined) return null;
        return cursorOver({
          trans: req.trans,
          primary: !!index.isPrimaryKey,
          values: !!req.values,
          reverse,
          unique,
          range,
          sorted,
          valueOf: (pk) => tx.snap.entries.get(idOf(pk))?.value,
          first: sorted()[first]!,
        });
      }

      return {
        transaction(stores, mode, transactionOptions) {
          const physical = stores.some((store) => names.has(store))
            ? [...new Set([...stores, options.chunkTable])]
            : stores;
          const trans = down.transaction(physical, mode, transactionOptions);
          modes.set(trans, mode);
          return trans;
        },
        table(name: string): DBCoreTable {
          const vt = virtual.get(name);
          if (!vt) return down.table(name);
          // Dexie's promises carry its zone (the current transaction) to the code that awaits them; an async
          // function's promise would not, and what runs after it in Dexie would lose its transaction.
          return {
            name,
            schema: vt.schema,
            mutate: (req) => Dexie.Promise.resolve(mutate(vt, req)),
            get: (req) => Dexie.Promise.resolve(get(vt, req)),
            getMany: (req) => Dexie.Promise.resolve(getMany(vt, req)),
            query: (req) => Dexie.Promise.resolve(query(vt, req)),
            openCursor: (req) => Dexie.Promise.resolve(openCursor(vt, req)),
            count: (req) => Dexie.Promise.resolve(count(vt, req)),
          };
        },
      };
    },
  };
}

interface CursorSource {
  trans: DBCoreTransaction;
  primary: boolean;
  values: boolean;
  reverse: boolean;
  unique: boolean;
  range: DBCoreKeyRange;
  /** The index as it is now: a cursor sees the changes its transaction makes while it runs, as IndexedDB's do. */
  sorted: () => readonly IndexEntry[];
  valueOf: (pk: Key) => unknown;
  first: IndexEntry;
}

/** Where a cursor goes next from `from`, given an optional target; undefined when it has run out. */
function step(
  source: CursorSource,
  from: IndexEntry,
  target?: IndexEntry,
  targetHasPk = false,
): IndexEntry | undefined {
  const sorted = source.sorted();
  const [start, end] = bounds(sorted, source.range);
  let at: number;
  if (!source.reverse) {
    at = source.unique ? searchKey(sorted, from.key, true) : searchPair(sorted, from, true);
    if (target)
      at = Math.max(at, targetHasPk ? searchPair(sorted, target, false) : searchKey(sorted, target.key, false));
    at = Math.max(at, start);
    return at < end ? sorted[at] : undefined;
  }
  at = source.unique ? searchKey(sorted, from.key, false) - 1 : searchPair(sorted, from, false) - 1;
  if (target)
    at = Math.min(at, targetHasPk ? searchPair(sorted, target, true) - 1 : searchKey(sorted, target.key, true) - 1);
  at = Math.min(at, end - 1);
  if (at < start) return undefined;
  if (source.unique) at = Math.max(start, groupStart(sorted, at));
  return sorted[at];
}

function cursorOver(source: CursorSource): DBCoreCursor {
  let position: IndexEntry | undefined = source.first;
  let onNext: (() => void) | undefined;
  let settle: { resolve: (value: unknown) => void; reject: (error: unknown) => void } | undefined;
  let pending = false;

  const notStarted = () => {
    throw new Error('Cursor not started');
  };

  const visit = () => {
    if (!settle) return;
    if (!position) {
      cursor.done = true;
      cursor.key = undefined;
      cursor.primaryKey = undefined;
      cursor.value = undefined;
      cursor.stop();
      return;
    }
    cursor.key = position.key;
    cursor.primaryKey = position.pk;
    cursor.value = source.values ? copyOut(source.valueOf(position.pk)) : undefined;
    try {
      onNext!();
    } catch (error) {
      cursor.fail(error as Error);
    }
  };

  const move = (next: () => IndexEntry | undefined) => {
    if (!settle) notStarted();
    if (pending) throw new DOMException('The cursor is already moving.', 'InvalidStateError');
    if (!position) throw new DOMException('The cursor has run out.', 'InvalidStateError');
    pending = true;
    queueMicrotask(() => {
      pending = false;
      position = next();
      visit();
    });
  };

  const cursor: DBCoreCursor & { key: unknown; primaryKey: unknown; value: unknown; done: boolean } = {
    trans: source.trans,
    key: source.first.key,
    primaryKey: source.first.pk,
    value: source.values ? copyOut(source.valueOf(source.first.pk)) : undefined,
    done: false,
    continue(key?: Key) {
      const from = position;
      if (key !== undefined) {
        if (!isValidKey(key)) throw new DOMException('The parameter is not a valid key.', 'DataError');
        const order = from ? compareKeys(key, from.key) : 0;
        if (from && (source.reverse ? order >= 0 : order <= 0))
          throw new DOMException('The key is not past the cursor.', 'DataError');
      }
      move(() => step(source, from!, key === undefined ? undefined : { key, pk: key }));
    },
    continuePrimaryKey(key: Key, primaryKey: Key) {
      if (source.primary || source.unique)
        throw new DOMException('continuePrimaryKey needs an index cursor that is not unique.', 'InvalidAccessError');
      if (!isValidKey(key) || !isValidKey(primaryKey))
        throw new DOMException('The parameter is not a valid key.', 'DataError');
      const from = position;
      const target = { key, pk: primaryKey };
      const order = from ? comparePairs(target, from) : 0;
      if (from && (source.reverse ? order >= 0 : order <= 0))
        throw new DOMException('The key is not past the cursor.', 'DataError');
      move(() => step(source, from!, target, true));
    },
    advance(count: number) {
      if (!(count > 0)) throw new TypeError('advance needs a positive count');
      const from = position;
      move(() => {
        let at: IndexEntry | undefined = from;
        for (let left = count; left > 0 && at; --left) at = step(source, at);
        return at;
      });
    },
    start(callback: () => void) {
      if (cursor.done) throw new Error('Cursor behind last entry');
      onNext = callback;
      const iteration = new Promise<unknown>((resolve, reject) => {
        settle = { resolve, reject };
      });
      visit();
      return iteration;
    },
    stop(value?: unknown) {
      const current = settle;
      settle = undefined;
      current?.resolve(value);
    },
    next() {
      let gotOne = 1;
      return cursor.start(() => (gotOne-- ? cursor.continue() : cursor.stop())).then(() => cursor);
    },
    fail(error: Error) {
      const current = settle;
      settle = undefined;
      current?.reject(error);
    },
  };
  return cursor;
}
