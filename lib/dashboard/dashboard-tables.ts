import { catalogueTables, readCatalogue } from '../db/catalogue';
import type { ThroughlineDatabase } from '../db/database';
import { getSettings } from '../db/settings';
import type { BenefitTarget } from '../model/benefit-target';
import type { Link } from '../model/link';
import type { Measurement } from '../model/measurement';
import type { Objective } from '../model/objective';
import type { Rule } from '../model/rule';
import type { SeenItem } from '../model/seen-item';
import type { Theme } from '../model/theme';

/** Everything the dashboard shows, as stored. */
export interface DashboardTables {
  themes: Theme[];
  objectives: Objective[];
  targets: BenefitTarget[];
  measurements: Measurement[];
  links: Link[];
  rules: Rule[];
  seenItems: SeenItem[];
  staleAfterDays: number;
}

/**
 * One read per table, in one transaction so the figures agree with each
 * other; the views group in memory. Twenty thousand seen items and a
 * thousand objectives are a few reads, never one per row.
 */
export function readDashboardTables(db: ThroughlineDatabase): Promise<DashboardTables> {
  return db.transaction('r', [...catalogueTables(db), db.seenItems, db.meta], async () => {
    const [catalogue, seenItems, settings] = await Promise.all([
      readCatalogue(db),
      db.seenItems.toArray(),
      getSettings(db),
    ]);
    const { benefitTargets: targets, ...rest } = catalogue;
    return { ...rest, targets, seenItems, staleAfterDays: settings.staleAfterDays };
  });
}
