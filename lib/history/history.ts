import type { Snapshot, TargetState } from '../model/snapshot';

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

/** Each target's state as of the end of a history (oldest first): every change applied in order. */
export function foldTargets(history: readonly Snapshot[]): Map<string, TargetState> {
  const states = new Map<string, TargetState>();
  for (const snapshot of history) for (const state of snapshot.targets) states.set(state.targetId, state);
  return states;
}

/** A snapshot holding every target's state, cut down to the targets that changed since `before`. */
export function keepChangedTargets(snapshot: Snapshot, before: ReadonlyMap<string, TargetState>): Snapshot {
  return {
    ...snapshot,
    targets: snapshot.targets.filter((state) => !sameTargetState(before.get(state.targetId), state)),
  };
}

/**
 * Which snapshots to keep as the history grows, oldest first: every day of
 * the last quarter, the last snapshot of each week before that, nothing
 * older than `KEEP_DAYS`. A snapshot that goes passes its target changes on
 * to the next one kept (where that one has no newer change of its own), so
 * the history still says every target's value on every day it keeps.
 */
export function thinHistory(history: readonly Snapshot[], today: string): { kept: Snapshot[]; removed: string[] } {
  const lastOfWeek = new Map<number, string>();
  for (const snapshot of history) {
    const age = daysBetween(snapshot.day, today);
    if (age > DAILY_DAYS && age <= KEEP_DAYS) lastOfWeek.set(weekOf(snapshot.day), snapshot.day);
  }
  const kept: Snapshot[] = [];
  const removed: string[] = [];
  let carried = new Map<string, TargetState>();
  for (const snapshot of history) {
    const age = daysBetween(snapshot.day, today);
    const daily = age <= DAILY_DAYS;
    if (!daily && (age > KEEP_DAYS || lastOfWeek.get(weekOf(snapshot.day)) !== snapshot.day)) {
      removed.push(snapshot.day);
      for (const state of snapshot.targets) carried.set(state.targetId, state);
      continue;
    }
    let next = daily || snapshot.span === 'week' ? snapshot : { ...snapshot, span: 'week' as const };
    if (carried.size > 0) {
      const own = new Set(snapshot.targets.map((state) => state.targetId));
      next = { ...next, targets: [...snapshot.targets, ...[...carried.values()].filter((s) => !own.has(s.targetId))] };
      carried = new Map();
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
