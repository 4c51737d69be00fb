import { liveQuery } from 'dexie';
import { pageDatabase as db } from '../db/page-database';
import type { BenefitTarget } from '../model/benefit-target';
import type { Link } from '../model/link';
import type { Objective } from '../model/objective';
import type { SeenItem } from '../model/seen-item';

/** Every table the Links view joins, each as last read. */
export interface LinkTables {
  links: Link[];
  objectives: Objective[];
  targets: BenefitTarget[];
  seenItems: SeenItem[];
}

/**
 * Reads the tables the Links view joins and reads each again when it
 * changes (in this page or the background), calling `onTables` once all
 * four are in and after each change. Each table on its own: seen items
 * change every few seconds while a board is open, and must not make the
 * page read every link again. Returns what stops it.
 */
export function watchLinkTables(onTables: (tables: LinkTables) => void): () => void {
  const latest: Partial<LinkTables> = {};
  const watch = <K extends keyof LinkTables>(key: K, read: () => Promise<LinkTables[K]>) =>
    liveQuery(read).subscribe({
      next: (value) => {
        latest[key] = value;
        if (latest.links && latest.objectives && latest.targets && latest.seenItems)
          onTables({ ...(latest as LinkTables) });
      },
      error: (error) => console.error('Throughline: a live query failed', error),
    });
  const subscriptions = [
    watch('links', () => db.links.toArray()),
    watch('objectives', () => db.objectives.toArray()),
    watch('targets', () => db.benefitTargets.toArray()),
    watch('seenItems', () => db.seenItems.toArray()),
  ];
  return () => {
    for (const subscription of subscriptions) subscription.unsubscribe();
  };
}
