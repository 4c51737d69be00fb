import { useMemo } from 'preact/hooks';
import { pageDatabase as db } from '../../lib/db/page-database';
import { send } from '../../lib/messages/client';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import type { Measurement } from '../../lib/model/measurement';
import type { Objective } from '../../lib/model/objective';
import type { Settings } from '../../lib/model/settings';
import type { Theme } from '../../lib/model/theme';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { useObjectivesWithWork } from '../../lib/workspace/use-objectives-with-work';
import { useRefreshing } from '../../lib/workspace/use-refreshing';

/** The catalogue as the workspace shows it, kept current as anyone changes it. */
export interface Catalogue {
  objectives: Objective[];
  themes: Theme[];
  targets: BenefitTarget[];
  measurements: Measurement[];
  staleAfterDays: number;
  /** Objectives that have work (`objectivesWithWork`): without a benefit target, they warn. */
  served: ReadonlySet<string>;
}

/**
 * One live query per table, grouped in memory by the views: a row never
 * queries on its own, so a thousand objectives cost five reads, not thousands.
 * `undefined` until every table has answered once.
 */
export function useCatalogue(): Catalogue | undefined {
  const objectives = useLiveQuery(() => db.objectives.toArray(), []);
  const themes = useLiveQuery(() => db.themes.toArray(), []);
  const targets = useLiveQuery(() => db.benefitTargets.toArray(), []);
  const measurements = useLiveQuery(() => db.measurements.toArray(), []);
  const settings = useRefreshing(db, ['meta'], readSettings);
  const served = useObjectivesWithWork();
  return useMemo(
    () =>
      objectives && themes && targets && measurements && settings && served
        ? { objectives, themes, targets, measurements, staleAfterDays: settings.staleAfterDays, served }
        : undefined,
    [objectives, themes, targets, measurements, settings, served],
  );
}

/**
 * The settings as the background holds them, so that the page needs no
 * schema code to read them; read here only when the background is out of reach.
 */
async function readSettings(): Promise<Settings> {
  const reply = await send({ type: 'getSettings' });
  if (reply.ok) return reply.data;
  const { getSettings } = await import('../../lib/db/settings');
  return getSettings(db);
}
