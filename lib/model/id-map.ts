/** Shards of an `IdMap`, a power of two: 20,000 ids leave about 600 in each. */
const SHARDS = 32;

/**
 * Which shard an id goes in, from its last two characters: item ids end in
 * their numbers, which vary the most there. Asked on every lookup, so no
 * more than that: a loop over three characters made lookups twice a Map's.
 * An id shorter than two characters reads NaN, which `&` makes shard 0.
 */
export function shardOf(id: string): number {
  return (id.charCodeAt(id.length - 1) * 10 + id.charCodeAt(id.length - 2)) & (SHARDS - 1);
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

  get size(): number {
    return this.#size;
  }

  get(id: string): V | undefined {
    return this.#shards[shardOf(id)]!.get(id);
  }

  set(id: string, value: V): void {
    const shard = this.#shards[shardOf(id)]!;
    const before = shard.size;
    shard.set(id, value);
    this.#size += shard.size - before;
  }

  delete(id: string): void {
    if (this.#shards[shardOf(id)]!.delete(id)) this.#size--;
  }

  clear(): void {
    for (const shard of this.#shards) shard.clear();
    this.#size = 0;
  }

  *[Symbol.iterator](): IterableIterator<[string, V]> {
    for (const shard of this.#shards) yield* shard;
  }
}
