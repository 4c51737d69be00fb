import { useEffect, useState } from 'preact/hooks';
import type { Catalogue } from '../../lib/catalogue/catalogue-view';
import { earlyRequests } from '../../lib/workspace/early-request';
import { useLazyWatch } from '../../lib/workspace/use-lazy-watch';

export type { Catalogue };

/** What the first render waits for; the Objectives section sends it as the page's script starts. */
export const CATALOGUE_REQUEST = { type: 'catalogueView' } as const;

/**
 * The catalogue as the workspace shows it, kept current as anyone changes
 * it; `undefined` until it is first in. The first answer comes from the
 * background, whose database is open: the page's own would first load the
 * database code and open it, which took longer than the rest of the first
 * render. Once that answer is on screen, the database code loads and keeps
 * the catalogue current (lib/catalogue/live-catalogue.ts); its answers win.
 */
export function useCatalogue(): Catalogue | undefined {
  const [first, setFirst] = useState<Catalogue>();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let current = true;
    void earlyRequests.take(CATALOGUE_REQUEST).then((reply) => {
      if (!current) return;
      if (reply.ok) {
        const { objectivesWithWork, ...view } = reply.data;
        setFirst({ ...view, served: new Set(objectivesWithWork) });
      }
      setShown(true);
    });
    return () => {
      current = false;
    };
  }, []);
  const live = useLazyWatch(shown, () =>
    import('../../lib/catalogue/live-catalogue').then((module) => module.watchCatalogue),
  );
  return live ?? first;
}
