import { useEffect, useState } from 'preact/hooks';
import { type SeenAlignment, seenAlignment } from '../../lib/dashboard/aligned-items';
import { type DashboardTables, readDashboardTables } from '../../lib/dashboard/dashboard-tables';
import { type SeenWork, seenWork } from '../../lib/dashboard/seen-work';
import { pageDatabase as db } from '../../lib/db/page-database';
import { send } from '../../lib/messages/client';
import { useLiveQuery } from '../../lib/workspace/use-live-query';

/** Which seen items serve an objective and why, as the background's resolver answered. */
export type Alignment =
  | { status: 'pending' }
  | ({ status: 'ready' } & SeenAlignment)
  | { status: 'failed'; error: string };

/** One consistent picture: the alignment is always the answer for exactly this work. */
export interface DashboardData {
  tables: DashboardTables;
  work: SeenWork[];
  alignment: Alignment;
}

/**
 * The stored tables, kept current as anyone changes them (the overlay adds
 * seen items while the dashboard is open), with the background's word on
 * which seen items are aligned. After a change the tables and their new
 * alignment replace the old ones together, so a newly seen item never shows
 * as unaligned for want of an answer and the figures always agree with the
 * lists. The first read shows at once, alignment pending. `undefined` until
 * the database has answered once.
 */
export function useDashboardData(): DashboardData | undefined {
  const tables = useLiveQuery(() => readDashboardTables(db), []);
  const [shown, setShown] = useState<DashboardData | undefined>(undefined);

  useEffect(() => {
    if (!tables) return;
    const work = seenWork(tables.seenItems);
    setShown((previous) => previous ?? { tables, work, alignment: { status: 'pending' } });
    let current = true;
    void seenAlignment(
      work.map((item) => item.id),
      (ids) => send({ type: 'annotate', items: ids.map((id) => ({ id })) }),
    ).then((reply) => {
      // A newer read is on its way with its own request: this answer is about data no longer current.
      if (!current) return;
      setShown({
        tables,
        work,
        alignment: reply.ok ? { status: 'ready', ...reply.data } : { status: 'failed', error: reply.error },
      });
    });
    return () => {
      current = false;
    };
  }, [tables]);

  return shown;
}
