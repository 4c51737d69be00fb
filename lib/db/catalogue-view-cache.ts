import Dexie, { type ObservabilitySet } from 'dexie';
import { type CatalogueView, readCatalogueView } from './catalogue';
import type { ThroughlineDatabase } from './database';
import { touchesTables } from './table-changes';

const VIEW_TABLES = ['objectives', 'themes', 'benefitTargets', 'measurements'];

/** Keyed by database name, as the alignment snapshot (snapshot-cache.ts). */
const views = new Map<string, Promise<CatalogueView>>();

// Every committed change, of this context at once and of the extension's pages a moment later, drops the copy.
Dexie.on('storagemutated', (parts: ObservabilitySet) => {
  for (const name of views.keys()) if (touchesTables(name, parts, VIEW_TABLES)) views.delete(name);
});

/**
 * The catalogue's tables as the workspace's views first show them, kept in
 * the background's memory until one of them changes: read from IndexedDB
 * each time, they were the longest part of the workspace's first request
 * (13-28 ms of it with 1,000 objectives). A read that fails is not kept.
 */
export function cachedCatalogueView(db: ThroughlineDatabase): Promise<CatalogueView> {
  const cached = views.get(db.name);
  if (cached) return cached;
  const reading = readCatalogueView(db);
  views.set(db.name, reading);
  reading.catch(() => {
    if (views.get(db.name) === reading) views.delete(db.name);
  });
  return reading;
}
