import { useMemo } from 'preact/hooks';
import { WORK_TABLES } from '../dashboard/work-tables';
import { pageDatabase as db } from '../db/page-database';
import { send } from '../messages/client';
import { useRefreshing } from './use-refreshing';

const NONE: ReadonlySet<string> = new Set();

/**
 * The objectives that have work (lib/alignment/objectives-with-work.ts), as
 * the background works them out for the dashboard too, kept current.
 * `undefined` until the first answer; a failed answer counts none, so the
 * catalogue still shows (without "work but no benefit target" warnings).
 */
export function useObjectivesWithWork(): ReadonlySet<string> | undefined {
  const reply = useRefreshing(db, WORK_TABLES, () => send({ type: 'objectivesWithWork' }));
  return useMemo(() => {
    if (!reply) return undefined;
    if (reply.ok) return new Set(reply.data.objectiveIds);
    console.error('Throughline: could not tell which objectives have work', reply.error);
    return NONE;
  }, [reply]);
}
