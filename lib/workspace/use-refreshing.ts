import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { ThroughlineDatabase } from '../db/database';
import { touchesTables } from '../db/table-changes';

/**
 * Hands `onResult` the result of `read` (a background request, or a read too
 * large for a live query's copy of its result), and reads again whenever one
 * of `tables` changes, in this page or anywhere else in the extension: Dexie
 * broadcasts every committed change. One read at a time: changes made while
 * one is out are answered by one more read when it is back, so a burst of
 * changes costs two reads, not dozens. Returns the stop.
 */
export function watchRefreshing<T>(
  db: ThroughlineDatabase,
  tables: readonly string[],
  read: () => Promise<T>,
  onResult: (value: T) => void,
): () => void {
  let live = true;
  let reading = false;
  let changed = false;
  const run = () => {
    reading = true;
    changed = false;
    void read()
      .then(
        (value) => {
          if (live) onResult(value);
        },
        (error: unknown) => console.error('Throughline: a read failed', error),
      )
      .finally(() => {
        reading = false;
        if (live && changed) run();
      });
  };
  const onChange = (parts: ObservabilitySet) => {
    if (!touchesTables(db.name, parts, tables)) return;
    if (reading) changed = true;
    else run();
  };
  Dexie.on('storagemutated', onChange);
  run();
  return () => {
    live = false;
    Dexie.on('storagemutated').unsubscribe(onChange);
  };
}

/** `watchRefreshing` as a hook: `undefined` until the first result; `deps` name what `read` depends on, as with `useEffect`. */
export function useRefreshing<T>(
  db: ThroughlineDatabase,
  tables: readonly string[],
  read: () => Promise<T>,
  deps: readonly unknown[] = [],
): T | undefined {
  const [result, setResult] = useState<T | undefined>(undefined);
  useEffect(() => watchRefreshing(db, tables, read, setResult), [db, ...deps]);
  return result;
}
