import { liveQuery } from 'dexie';
import { WORK_TABLES } from '../dashboard/work-tables';
import type { CatalogueView } from '../db/catalogue';
import { pageDatabase as db } from '../db/page-database';
import { send } from '../messages/client';
import type { Settings } from '../model/settings';
import { watchRefreshing } from '../workspace/use-refreshing';
import type { Catalogue } from './catalogue-view';

const NONE: ReadonlySet<string> = new Set();

/**
 * Reads the catalogue the views show and reads each part again when it
 * changes (in this page or the background), calling `onCatalogue` once all
 * are in and after each change. One live query per table, grouped in memory
 * by the views: a row never queries on its own, so a thousand objectives
 * cost four reads, not thousands. The stale-after days and the objectives
 * with work come from the background, read again when their tables change.
 * Returns what stops it.
 */
export function watchCatalogue(onCatalogue: (catalogue: Catalogue) => void): () => void {
  const latest: Partial<Catalogue> = {};
  const changed = () => {
    const { objectives, themes, targets, measurements, staleAfterDays, served } = latest;
    if (objectives && themes && targets && measurements && staleAfterDays !== undefined && served)
      onCatalogue({ objectives, themes, targets, measurements, staleAfterDays, served });
  };
  const watch = <K extends keyof CatalogueView>(key: K, read: () => Promise<CatalogueView[K]>) =>
    liveQuery(read).subscribe({
      next: (value) => {
        latest[key] = value;
        changed();
      },
      error: (error) => console.error('Throughline: a live query failed', error),
    });
  const subscriptions = [
    watch('objectives', () => db.objectives.toArray()),
    watch('themes', () => db.themes.toArray()),
    watch('targets', () => db.benefitTargets.toArray()),
    watch('measurements', () => db.measurements.toArray()),
  ];
  const stops = [
    watchRefreshing(db, ['meta'], readSettings, (settings) => {
      latest.staleAfterDays = settings.staleAfterDays;
      changed();
    }),
    watchRefreshing(db, WORK_TABLES, readServed, (served) => {
      latest.served = served;
      changed();
    }),
  ];
  return () => {
    for (const subscription of subscriptions) subscription.unsubscribe();
    for (const stop of stops) stop();
  };
}

/**
 * The settings as the background holds them, so that the page needs no
 * schema code to read them; read here only when the background is out of reach.
 */
async function readSettings(): Promise<Settings> {
  const reply = await send({ type: 'getSettings' });
  if (reply.ok) return reply.data;
  const { getSettings } = await import('../db/settings');
  return getSettings(db);
}

/** The objectives that have work, as the background works them out for the dashboard too; none when it cannot say. */
async function readServed(): Promise<ReadonlySet<string>> {
  const reply = await send({ type: 'objectivesWithWork' });
  if (reply.ok) return new Set(reply.data.objectiveIds);
  console.error('Throughline: could not tell which objectives have work', reply.error);
  return NONE;
}
