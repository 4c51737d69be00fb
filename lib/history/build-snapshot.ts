import { latestMeasurement } from '../alignment/latest';
import { groupBy } from '../catalogue/group-by';
import { progressByObjective } from '../catalogue/objective-progress';
import type { DashboardTables } from '../dashboard/dashboard-tables';
import { isInPlay } from '../dashboard/in-play';
import { objectivesWithoutWork } from '../dashboard/objectives-without-work';
import type { SeenWork } from '../dashboard/seen-work';
import type { ItemAlignment } from '../model/annotation';
import type { ReasonCounts, Snapshot, TargetState } from '../model/snapshot';
import { catalogueWarnings, servedObjectives } from '../outcomes/catalogue-warnings';
import { countWarnings } from '../outcomes/outcome-warnings';

export interface SnapshotInput {
  day: string;
  now: Date;
  tables: DashboardTables;
  /** `seenWork(tables.seenItems)`: what the dashboard lists. */
  work: readonly SeenWork[];
  /** Each seen item's alignments, as the one resolver answers them. */
  alignments: ReadonlyMap<string, readonly Pick<ItemAlignment, 'objectiveId' | 'via'>[]>;
}

function addReasons(into: ReasonCounts, reasons: Iterable<string>): void {
  for (const reason of reasons) into[reason] = (into[reason] ?? 0) + 1;
}

/** Each target's latest check-in now, as a snapshot records it. */
export function targetStates(tables: Pick<DashboardTables, 'targets' | 'measurements'>): TargetState[] {
  const checkIns = groupBy(tables.measurements, (measurement) => measurement.targetId);
  return tables.targets.map((target) => {
    const latest = latestMeasurement(checkIns.get(target.id) ?? []);
    return latest
      ? {
          targetId: target.id,
          value: latest.value,
          at: latest.at,
          ...(latest.confidence !== undefined && { confidence: latest.confidence }),
        }
      : { targetId: target.id, value: null };
  });
}

/**
 * The day's snapshot, with every target's state (`withChanges` keeps only
 * those that changed). Counted from the same lists and functions as the
 * dashboard, so a snapshot taken while the dashboard is open says what it
 * shows. Reasons are the resolver's `via` values, whatever they are.
 */
export function buildSnapshot({ day, now, tables, work, alignments }: SnapshotInput): Snapshot {
  const themeOf = new Map(tables.objectives.map((objective) => [objective.id, objective.themeId ?? null]));
  const reasons: ReasonCounts = {};
  const sites = new Map<string, Snapshot['trackers'][number]>();
  const themes = new Map<string | null, Snapshot['themes'][number]>();
  const objectives = new Map<string, Snapshot['objectives'][number]>();
  let aligned = 0;
  for (const item of work) {
    const key = `${item.tracker}:${item.site}`;
    let site = sites.get(key);
    if (!site) {
      site = { tracker: item.tracker, site: item.site, seen: 0, aligned: 0, reasons: {} };
      sites.set(key, site);
    }
    site.seen++;
    const its = alignments.get(item.id) ?? [];
    if (its.length === 0) continue;
    aligned++;
    site.aligned++;
    const vias = new Set(its.map((alignment) => alignment.via));
    addReasons(reasons, vias);
    addReasons(site.reasons, vias);
    const themeReasons = new Map<string | null, Set<string>>();
    for (const { objectiveId, via } of its) {
      let counts = objectives.get(objectiveId);
      if (!counts) {
        counts = { objectiveId, aligned: 0, reasons: {} };
        objectives.set(objectiveId, counts);
      }
      counts.aligned++;
      addReasons(counts.reasons, [via]);
      const themeId = themeOf.get(objectiveId) ?? null;
      themeReasons.set(themeId, (themeReasons.get(themeId) ?? new Set()).add(via));
    }
    for (const [themeId, vias] of themeReasons) {
      let counts = themes.get(themeId);
      if (!counts) {
        counts = { themeId, aligned: 0, reasons: {} };
        themes.set(themeId, counts);
      }
      counts.aligned++;
      addReasons(counts.reasons, vias);
    }
  }
  const progress = progressByObjective(
    tables.targets,
    tables.measurements,
    now,
    tables.staleAfterDays,
    tables.objectives,
  );
  const servedBySeen = [...objectives.keys()];
  const warnings = catalogueWarnings(tables.objectives, progress, servedObjectives(tables.links, servedBySeen));
  return {
    day,
    takenAt: now.toISOString(),
    span: 'day',
    seen: work.length,
    aligned,
    reasons,
    figures: {
      objectivesInPlay: tables.objectives.filter(isInPlay).length,
      objectivesWithoutWork: objectivesWithoutWork(
        tables.objectives,
        tables.themes,
        tables.links,
        new Set(servedBySeen),
      ).reduce((sum, group) => sum + group.records.length, 0),
      warnings: countWarnings([...warnings.values()].flat()),
    },
    trackers: [...sites.values()],
    themes: [...themes.values()],
    objectives: [...objectives.values()],
    targets: targetStates(tables),
  };
}
