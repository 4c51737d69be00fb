import { isInPlay } from '../dashboard/in-play';
import { objectivesWithoutWork } from '../dashboard/objectives-without-work';
import type { WorkState } from '../dashboard/work-state';
import type { TargetProgress } from '../model/annotation';
import type { ReasonCounts, Snapshot, TargetState } from '../model/snapshot';
import { catalogueWarnings } from '../outcomes/catalogue-warnings';
import { countWarnings } from '../outcomes/outcome-warnings';

export interface SnapshotInput {
  day: string;
  now: Date;
  /** The strategy and the seen work, resolved, as the dashboard counts them. */
  state: WorkState;
}

function addReasons(into: ReasonCounts, reasons: Iterable<string>): void {
  for (const reason of reasons) into[reason] = (into[reason] ?? 0) + 1;
}

/** Each target's latest check-in now, as a snapshot records it. */
export function targetStates(progress: ReadonlyMap<string, readonly TargetProgress[]>): TargetState[] {
  return [...progress.values()].flat().map(({ id: targetId, latest }) =>
    latest
      ? {
          targetId,
          value: latest.value,
          at: latest.at,
          ...(latest.confidence !== undefined && { confidence: latest.confidence }),
        }
      : { targetId, value: null },
  );
}

/**
 * The day's snapshot, with every target's state (`withChanges` keeps only
 * those that changed). Counted from the same lists and functions as the
 * dashboard, so a snapshot taken while the dashboard is open says what it
 * shows. Reasons are the resolver's `via` values, whatever they are.
 */
export function buildSnapshot({ day, now, state }: SnapshotInput): Snapshot {
  const { work, alignments } = state;
  const themeOf = new Map(state.objectives.map((objective) => [objective.id, objective.themeId ?? null]));
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
  const warnings = catalogueWarnings(state.objectives, state.progress, state.withWork);
  return {
    day,
    takenAt: now.toISOString(),
    span: 'day',
    seen: work.length,
    aligned,
    reasons,
    figures: {
      objectivesInPlay: state.objectives.filter(isInPlay).length,
      objectivesWithoutWork: objectivesWithoutWork(state.objectives, state.themes, state.withWork).reduce(
        (sum, group) => sum + group.records.length,
        0,
      ),
      warnings: countWarnings([...warnings.values()].flat()),
    },
    trackers: [...sites.values()],
    themes: [...themes.values()],
    objectives: [...objectives.values()],
    targets: targetStates(state.progress),
  };
}
