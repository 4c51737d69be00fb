/** Shards of an `IdMap`, a power of two: 20,000 ids leave about 600 in each. */
const SHARDS = 32;

/**
 * Which shard an id goes in, from its last two characters: item ids end in
 * their numbers, which vary the most there. Asked on every lookup, so no
 * more than that: a loop over three characters made lookups twice a Map's.
 */
export function shardOf(id: string): number {
  const end = id.length;
  if (end < 2) return end === 0 ? 0 : id.charCodeAt(0) & (SHARDS - 1);
  return (id.charCodeAt(end - 1) * 10 + id.charCodeAt(end - 2)) & (SHARDS - 1);
}

/**
 * A Map from item ids, kept in shards. A Map copies its whole table each time
 * it doubles: on a board of 20,000 cards every table with an entry per card
 * doubled at the same counts, in the same piece of work (one `Map.set` of
 * 16,384 entries took 3 ms here, and 11-17 ms in a busy page). Shards of a
 * few hundred entries double in turn, each in a fraction of a millisecond.
 * Iteration goes shard by shard: callers that need the order things came in
 * keep it themselves.
 */
export class IdMap<V> implements Iterable<[string, V]> {
  readonly #shards: Map<string, V>[] = Array.from({ length: SHARDS }, () => new Map<string, V>());
  #size = 0;

  constructor(entries: Iterable<readonly [string, V]> = []) {
    for (const [id, value] of entries) this.set(id, value);
  }

  get size(): number {
    return this.#size;
  }

  get(id: string): V | undefined {
    return this.#shards[shardOf(id)]!.get(id);
  }

  has(id: string): boolean {
    return this.#shards[shardOf(id)]!.has(id);
  }

  set(id: string, value: V): this {
    const shard = this.#shards[shardOf(id)]!;
    const before = shard.size;
    shard.set(id, value);
    this.#size += shard.size - before;
    return this;
  }

  delete(id: string): boolean {
    const deleted = this.#shards[shardOf(id)]!.delete(id);
    if (deleted) this.#size--;
    return deleted;
  }

  clear(): void {
    for (const shard of this.#shards) shard.clear();
    this.#size = 0;
  }

  *keys(): IterableIterator<string> {
    for (const shard of this.#shards) yield* shard.keys();
  }

  *values(): IterableIterator<V> {
    for (const shard of this.#shards) yield* shard.values();
  }

  *[Symbol.iterator](): IterableIterator<[string, V]> {
    for (const shard of this.#shards) yield* shard;
  }
}
