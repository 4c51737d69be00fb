import { type AlignmentIndex, buildAlignmentIndex } from '../alignment/alignment-index';
import { earliestMeasurement, latestMeasurement } from '../alignment/latest';
import { compiledKeyPattern } from '../alignment/rules';
import type { BenefitTarget } from '../model/benefit-target';
import type { Measurement } from '../model/measurement';
import type { Objective } from '../model/objective';
import type { Theme } from '../model/theme';
import type { ThroughlineDatabase } from './database';

/** What describing an objective needs, indexed for lookups. */
export interface CatalogueView {
  objectives: ReadonlyMap<string, Objective>;
  themes: ReadonlyMap<string, Theme>;
  targetsByObjective: ReadonlyMap<string, readonly BenefitTarget[]>;
  latestByTarget: ReadonlyMap<string, Measurement>;
  /** Where a pace line starts when the objective has no period. */
  earliestByTarget: ReadonlyMap<string, Measurement>;
}

/** Everything annotating needs but the facts, held in memory so a warm lookup reads nothing from IndexedDB. */
export interface AlignmentSnapshot extends CatalogueView {
  index: AlignmentIndex;
}

/** The tables an annotation reads, for transactions. */
export function alignmentTables(db: ThroughlineDatabase) {
  return [db.links, db.rules, db.exclusions, db.objectives, db.themes, db.benefitTargets, db.measurements];
}

export function groupBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const group = groups.get(key(record));
    if (group) group.push(record);
    else groups.set(key(record), [record]);
  }
  return groups;
}

function catalogueView(
  objectives: readonly Objective[],
  themes: readonly Theme[],
  targets: readonly BenefitTarget[],
  measurements: readonly Measurement[],
): CatalogueView {
  const latestByTarget = new Map<string, Measurement>();
  const earliestByTarget = new Map<string, Measurement>();
  for (const [targetId, checkIns] of groupBy(measurements, (measurement) => measurement.targetId)) {
    const latest = latestMeasurement(checkIns);
    const earliest = earliestMeasurement(checkIns);
    if (latest) latestByTarget.set(targetId, latest);
    if (earliest) earliestByTarget.set(targetId, earliest);
  }
  return {
    objectives: new Map(objectives.map((objective) => [objective.id, objective])),
    themes: new Map(themes.map((theme) => [theme.id, theme])),
    targetsByObjective: groupBy(targets, (target) => target.objectiveId),
    latestByTarget,
    earliestByTarget,
  };
}

/**
 * Records matching any of `keys` on an index: one read per key, all issued
 * at once. Dexie's `anyOf` walks one cursor from key to key instead, each
 * step waiting for the one before; in Chromium that took seconds for 2,000
 * items among 100,000 links, where parallel reads took a tenth of a second.
 */
export async function whereAnyOf<T>(
  table: { where(index: string): { equals(key: string): { toArray(): PromiseLike<T[]> } } },
  index: string,
  keys: readonly string[],
): Promise<T[]> {
  const perKey = await Promise.all(keys.map((key) => table.where(index).equals(key).toArray()));
  return perKey.flat();
}

/** The view of just the given objectives; call inside a transaction over `alignmentTables`. */
export async function readCatalogueView(
  db: ThroughlineDatabase,
  objectiveIds: readonly string[],
): Promise<CatalogueView> {
  const objectives = (await db.objectives.bulkGet([...objectiveIds])).filter((objective) => objective !== undefined);
  const themeIds = [...new Set(objectives.flatMap((objective) => (objective.themeId ? [objective.themeId] : [])))];
  const [themes, targets] = await Promise.all([
    db.themes.bulkGet(themeIds),
    whereAnyOf<BenefitTarget>(db.benefitTargets, 'objectiveId', objectiveIds),
  ]);
  // All check-ins of these targets: a target has a few dozen, and `at` mixes dates and timestamps, so
  // the latest is found by instant (lib/alignment/latest.ts) rather than by the index's text order.
  const measurements = await whereAnyOf<Measurement>(
    db.measurements,
    'targetId',
    targets.map((target) => target.id),
  );
  return catalogueView(
    objectives,
    themes.filter((theme) => theme !== undefined),
    targets,
    measurements,
  );
}

/** The whole of what annotating needs, read in one transaction so that it is consistent. */
export async function readAlignmentSnapshot(db: ThroughlineDatabase): Promise<AlignmentSnapshot> {
  return db.transaction('r', alignmentTables(db), async () => {
    const [links, rules, exclusions, objectives, themes, targets, measurements] = await Promise.all([
      db.links.toArray(),
      db.rules.toArray(),
      db.exclusions.toArray(),
      db.objectives.toArray(),
      db.themes.toArray(),
      db.benefitTargets.toArray(),
      db.measurements.toArray(),
    ]);
    return {
      ...catalogueView(objectives, themes, targets, measurements),
      index: buildAlignmentIndex({ links, rules, exclusions, objectives }, compiledKeyPattern),
    };
  });
}
