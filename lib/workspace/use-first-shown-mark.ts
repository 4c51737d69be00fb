import { useEffect, useRef } from 'preact/hooks';

/**
 * Sets the User Timing mark `name` once, after the first render in which
 * `shown` holds: the benchmark times a view from navigation start to there.
 */
export function useFirstShownMark(name: string, shown: boolean): void {
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || !shown) return;
    marked.current = true;
    performance.mark(name);
  }, [shown]);
}
