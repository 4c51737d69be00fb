import type { LinkTables } from '../../lib/links/live-link-tables';
import { useLazyWatch } from '../../lib/workspace/use-lazy-watch';

/**
 * The Links view's tables, kept current, once `started`. The database code
 * loads only then, after the first rows are on screen: loading and running
 * it took longer than everything else the first render does.
 */
export function useLinkTables(started: boolean): LinkTables | undefined {
  return useLazyWatch(started, () =>
    import('../../lib/links/live-link-tables').then((module) => module.watchLinkTables),
  );
}
