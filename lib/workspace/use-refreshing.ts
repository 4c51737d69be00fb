import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { ThroughlineDatabase } from '../db/database';
import { touchesTables } from '../db/table-changes';

/**
 * After a read, the changes that came meanwhile wait this many times as long
 * as it took: reads of the background's that take it hundreds of
 * milliseconds take at most a fifth of its time, cheap ones come at once.
 */
const REST_PER_READ = 4;

/**
 * Hands `onResult` the result of `read` (a background request, or a read too
 * large for a live query's copy of its result), and reads again whenever one
 * of `tables` changes, in this page or anywhere else in the extension: Dexie
 * broadcasts every committed change. One read at a time: changes made while
 * one is out are answered by one more read when it is back, so a burst of
 * changes costs two reads, not dozens, the second after a rest (REST_PER_READ). A hidden page reads again only once
 * it is shown: a workspace left open in another tab read the objectives
 * with work (300-500 ms of the worker each, with 20,000 items seen) after
 * every batch a big board's load stored, 23 times in one load, taking the
 * two cores the board was being read on. Returns the stop.
 */
export function watchRefreshing<T>(
  db: ThroughlineDatabase,
  tables: readonly string[],
  read: () => Promise<T>,
  onResult: (value: T) => void,
): () => void {
  let live = true;
  /** A read is out, or the rest after one is not over. */
  let busy = false;
  let changed = false;
  let resting: ReturnType<typeof setTimeout> | undefined;
  const hidden = () => document.visibilityState === 'hidden';
  const run = () => {
    busy = true;
    changed = false;
    const started = performance.now();
    void read()
      .then(
        (value) => {
          if (live) onResult(value);
        },
        (error: unknown) => console.error('Throughline: a read failed', error),
      )
      .finally(() => {
        resting = setTimeout(
          () => {
            busy = false;
            if (live && changed && !hidden()) run();
          },
          REST_PER_READ * (performance.now() - started),
        );
      });
  };
  const onChange = (parts: ObservabilitySet) => {
    if (!touchesTables(db.name, parts, tables)) return;
    if (busy || hidden()) changed = true;
    else run();
  };
  const onShown = () => {
    if (changed && !busy && !hidden()) run();
  };
  Dexie.on('storagemutated', onChange);
  document.addEventListener('visibilitychange', onShown);
  run();
  return () => {
    live = false;
    clearTimeout(resting);
    Dexie.on('storagemutated').unsubscribe(onChange);
    document.removeEventListener('visibilitychange', onShown);
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
