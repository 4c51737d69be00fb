import type { Transaction } from 'dexie';
import { chunkRowsOf } from './chunked-tables';

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Moves the records of `tables`, stored one per row by an earlier version,
 * into chunk rows, within the upgrade's transaction. It goes to IndexedDB's
 * own stores: through Dexie, these tables already read the chunk rows.
 */
export async function moveIntoChunks(
  tx: Transaction,
  tables: readonly string[],
  chunkTable: string,
  chunkSize: number,
): Promise<void> {
  const chunks = tx.idbtrans.objectStore(chunkTable);
  for (const table of tables) {
    const store = tx.idbtrans.objectStore(table);
    const records = await result(store.getAll());
    if (records.length === 0) continue;
    const writes: Promise<unknown>[] = chunkRowsOf(table, records, chunkSize).map((row) => result(chunks.put(row)));
    writes.push(result(store.clear()));
    await Promise.all(writes);
  }
}
