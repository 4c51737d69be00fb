import type { CatalogueView } from '../db/catalogue';

/** The catalogue as the workspace's catalogue views show it, kept current as anyone changes it. */
export interface Catalogue extends CatalogueView {
  staleAfterDays: number;
  /** Objectives that have work (`objectivesWithWork`): without a benefit target, they warn. */
  served: ReadonlySet<string>;
}
