import { useEffect, useRef } from 'preact/hooks';

/**
 * Sets a User Timing mark once, after the first render that shows content
 * (`shown`): the benchmark times a view's first render from navigation
 * start to it (`npm run bench -- pages`).
 */
export function useFirstShownMark(name: string, shown: boolean): void {
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || !shown) return;
    marked.current = true;
    performance.mark(name);
  }, [shown]);
}
