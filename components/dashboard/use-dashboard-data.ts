import { receivedWorkSummary } from '../../lib/dashboard/sent-work-summary';
import type { WorkSummary } from '../../lib/dashboard/work-summary';
import { WORK_TABLES } from '../../lib/dashboard/work-tables';
import { pageDatabase as db } from '../../lib/db/page-database';
import { send } from '../../lib/messages/client';
import type { Reply } from '../../lib/messages/protocol';
import { useRefreshing } from '../../lib/workspace/use-refreshing';

/**
 * The dashboard's figures and lists as the background works them out in
 * one answer (lib/dashboard/work-summary.ts), asked again when the stored
 * data changes (the overlay adds seen items while the dashboard is open):
 * the figures and the lists always come from the same answer, so they agree.
 * The background keeps what it reads in memory, so the page reads none of
 * the twenty thousand seen items or hundred thousand check-ins behind it.
 * `undefined` until the first answer.
 */
export function useDashboardData(): Reply<WorkSummary> | undefined {
  return useRefreshing(db, WORK_TABLES, async () => {
    const reply = await send({ type: 'summarizeWork' });
    return reply.ok ? { ok: true, data: receivedWorkSummary(reply.data) } : reply;
  });
}
