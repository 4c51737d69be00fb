import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, kept current as the database changes (in this
 * page or, through Dexie's broadcast, in the background). `undefined` until
 * the first answer; an error is handed to `onError` rather than thrown.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // The caller names the query's inputs in deps, as with useMemo.
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error) => console.error('Throughline: a live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
