import { useEffect, useMemo, useState } from 'preact/hooks';
import { alignedItemIds } from '../../lib/dashboard/aligned-items';
import { type DashboardTables, readDashboardTables } from '../../lib/dashboard/dashboard-tables';
import { type SeenWork, seenWork } from '../../lib/dashboard/seen-work';
import { pageDatabase as db } from '../../lib/db/page-database';
import { send } from '../../lib/messages/client';
import { useLiveQuery } from '../../lib/workspace/use-live-query';

/** Which seen items serve an objective, as the background answered. */
export type Alignment =
  | { status: 'pending' }
  | { status: 'ready'; aligned: ReadonlySet<string> }
  | { status: 'failed'; error: string };

export interface DashboardData {
  tables: DashboardTables;
  work: SeenWork[];
  alignment: Alignment;
}

/**
 * The stored tables, kept current as anyone changes them (the overlay adds
 * seen items while the dashboard is open), and the background's word on
 * which seen items are aligned, asked again after every change. Until a new
 * answer arrives the previous one stays on screen rather than blinking.
 * `undefined` until the database has answered once.
 */
export function useDashboardData(): DashboardData | undefined {
  const tables = useLiveQuery(() => readDashboardTables(db), []);
  const work = useMemo(() => (tables ? seenWork(tables.seenItems) : undefined), [tables]);
  const [alignment, setAlignment] = useState<Alignment>({ status: 'pending' });

  useEffect(() => {
    if (!work) return;
    let current = true;
    void alignedItemIds(
      work.map((item) => item.id),
      (ids) => send({ type: 'annotate', items: ids.map((id) => ({ id })) }),
    ).then((reply) => {
      // A newer read is on its way with its own request: this answer is about data no longer shown.
      if (!current) return;
      setAlignment(reply.ok ? { status: 'ready', aligned: reply.data } : { status: 'failed', error: reply.error });
    });
    return () => {
      current = false;
    };
  }, [work]);

  return useMemo(() => (tables && work ? { tables, work, alignment } : undefined), [tables, work, alignment]);
}
