import { useEffect, useState } from 'preact/hooks';

/** Starts watching, handing each value to `onValue`; returns the stop. */
export type Watch<T> = (onValue: (value: T) => void) => () => void;

/**
 * The values of a watch whose code loads only once `started` (a view's
 * first answer is on screen): loading and running the database code took
 * longer than the rest of a first render. `undefined` until the first value.
 */
export function useLazyWatch<T>(started: boolean, load: () => Promise<Watch<T>>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    if (!started) return;
    let stop: (() => void) | undefined;
    let current = true;
    void load().then((watch) => {
      if (current) stop = watch(setValue);
    });
    return () => {
      current = false;
      stop?.();
    };
  }, [started]);
  return value;
}
