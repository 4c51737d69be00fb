import { useEffect, useState } from 'preact/hooks';
import type { LinkTables } from '../../lib/links/live-link-tables';

/**
 * The Links view's tables, kept current, once `started`. The database code
 * loads only then, after the first rows are on screen: loading and running
 * it took longer than everything else the first render does.
 */
export function useLinkTables(started: boolean): LinkTables | undefined {
  const [tables, setTables] = useState<LinkTables>();
  useEffect(() => {
    if (!started) return;
    let stop: (() => void) | undefined;
    let current = true;
    void import('../../lib/links/live-link-tables').then(({ watchLinkTables }) => {
      if (current) stop = watchLinkTables(setTables);
    });
    return () => {
      current = false;
      stop?.();
    };
  }, [started]);
  return tables;
}
