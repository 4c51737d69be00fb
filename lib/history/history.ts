import type { ObjectiveCounts, Snapshot, TargetState } from '../model/snapshot';

/** Days kept one by one: a quarter, the longest period a steering report usually covers day by day. */
export const DAILY_DAYS = 92;
/** Days kept at all: two years and a month, so a period two years back always has its start. */
export const KEEP_DAYS = 761;

const DAY_MS = 86_400_000;

/** Whole days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** The Monday that starts the ISO week of a day, as a day number: the week a snapshot is thinned into. */
function weekOf(day: string): number {
  const date = new Date(`${day}T00:00:00Z`);
  return Math.round(date.getTime() / DAY_MS) - ((date.getUTCDay() + 6) % 7);
}

export function sameTargetState(a: TargetState | undefined, b: TargetState): boolean {
  return a !== undefined && a.value === b.value && a.at === b.at && a.confidence === b.confidence;
}

function sameCounts(a: ObjectiveCounts | undefined, b: ObjectiveCounts): boolean {
  if (a === undefined || a.aligned !== b.aligned) return false;
  const keys = Object.keys(b.reasons);
  return keys.length === Object.keys(a.reasons).length && keys.every((key) => a.reasons[key] === b.reasons[key]);
}

/** Each target's state as of the end of a history (oldest first): every change applied in order. */
export function foldTargets(history: readonly Snapshot[]): Map<string, TargetState> {
  const states = new Map<string, TargetState>();
  for (const snapshot of history) for (const state of snapshot.targets) states.set(state.targetId, state);
  return states;
}

/** Each objective's counts as of the end of a history: every change applied in order. */
export function foldObjectives(history: readonly Snapshot[]): Map<string, ObjectiveCounts> {
  const counts = new Map<string, ObjectiveCounts>();
  for (const snapshot of history) for (const entry of snapshot.objectives) counts.set(entry.objectiveId, entry);
  return counts;
}

/** What a history says at its end, for cutting the next snapshot down to its changes. */
export interface HistoryState {
  targets: ReadonlyMap<string, TargetState>;
  objectives: ReadonlyMap<string, ObjectiveCounts>;
}

export function foldHistory(history: readonly Snapshot[]): HistoryState {
  return { targets: foldTargets(history), objectives: foldObjectives(history) };
}

/**
 * A full snapshot (every target, every objective with work) cut down to
 * what changed since `before`. An objective that lost all its work gets an
 * entry of zero, so the history says so.
 */
export function keepChanges(snapshot: Snapshot, before: HistoryState): Snapshot {
  const present = new Set(snapshot.objectives.map((entry) => entry.objectiveId));
  const dropped = [...before.objectives.values()].filter(
    (entry) => !present.has(entry.objectiveId) && entry.aligned > 0,
  );
  return {
    ...snapshot,
    objectives: [
      ...snapshot.objectives.filter((entry) => !sameCounts(before.objectives.get(entry.objectiveId), entry)),
      ...dropped.map((entry) => ({ objectiveId: entry.objectiveId, aligned: 0, reasons: {} })),
    ],
    targets: snapshot.targets.filter((state) => !sameTargetState(before.targets.get(state.targetId), state)),
  };
}

/**
 * Which snapshots to keep as the history grows, oldest first: every day of
 * the last quarter, the last snapshot of each week before that, nothing
 * older than `KEEP_DAYS`. A snapshot that goes passes its target and
 * objective changes on to the next one kept (where that one has no newer
 * change of its own), so the history still says every target's value and
 * every objective's counts on every day it keeps.
 */
export function thinHistory(history: readonly Snapshot[], today: string): { kept: Snapshot[]; removed: string[] } {
  const lastOfWeek = new Map<number, string>();
  for (const snapshot of history) {
    const age = daysBetween(snapshot.day, today);
    if (age > DAILY_DAYS && age <= KEEP_DAYS) lastOfWeek.set(weekOf(snapshot.day), snapshot.day);
  }
  const kept: Snapshot[] = [];
  const removed: string[] = [];
  let targets = new Map<string, TargetState>();
  let objectives = new Map<string, ObjectiveCounts>();
  for (const snapshot of history) {
    const age = daysBetween(snapshot.day, today);
    const daily = age <= DAILY_DAYS;
    if (!daily && (age > KEEP_DAYS || lastOfWeek.get(weekOf(snapshot.day)) !== snapshot.day)) {
      removed.push(snapshot.day);
      for (const state of snapshot.targets) targets.set(state.targetId, state);
      for (const entry of snapshot.objectives) objectives.set(entry.objectiveId, entry);
      continue;
    }
    let next = daily || snapshot.span === 'week' ? snapshot : { ...snapshot, span: 'week' as const };
    if (targets.size > 0 || objectives.size > 0) {
      const ownTargets = new Set(snapshot.targets.map((state) => state.targetId));
      const ownObjectives = new Set(snapshot.objectives.map((entry) => entry.objectiveId));
      next = {
        ...next,
        targets: [...snapshot.targets, ...[...targets.values()].filter((state) => !ownTargets.has(state.targetId))],
        objectives: [
          ...snapshot.objectives,
          ...[...objectives.values()].filter((entry) => !ownObjectives.has(entry.objectiveId)),
        ],
      };
      targets = new Map();
      objectives = new Map();
    }
    kept.push(next);
  }
  return { kept, removed };
}

/** One target's state on each day of the history that recorded it or kept it, oldest first. */
export function targetSeries(history: readonly Snapshot[], targetId: string): { day: string; state: TargetState }[] {
  const series: { day: string; state: TargetState }[] = [];
  let current: TargetState | undefined;
  for (const snapshot of history) {
    current = snapshot.targets.find((state) => state.targetId === targetId) ?? current;
    if (current) series.push({ day: snapshot.day, state: current });
  }
  return series;
}
