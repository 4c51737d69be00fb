import type { TrendTarget } from '../history/trends';
import type { AlignmentReason, TargetProgress } from '../model/annotation';
import type { Objective } from '../model/objective';
import type { Theme } from '../model/theme';
import type { SeenWork } from './seen-work';
import { type ThemeSummary, themeSummaries } from './theme-summaries';
import { type TrackerCoverage, trackerCoverage } from './tracker-coverage';
import { largestUnaligned, type UnalignedBlock, type UnalignedSite, unalignedSites } from './unaligned-groups';
import type { WorkState } from './work-state';

/** Blocks of unaligned work per tracker that the steering report lists. */
export const LARGEST_UNALIGNED_PER_TRACKER = 10;

/**
 * What the dashboard and the steering report show, worked out in the
 * background from one `WorkState` and sent as one answer: plain data, as a
 * message carries it. The pages add only what is cheap (headline figures,
 * warnings, the lists of objectives with no work) from these same values.
 */
export interface WorkSummary {
  objectives: Objective[];
  themes: Theme[];
  /** Seen work items, counted once each. */
  seen: number;
  /** Of them, those serving at least one objective. */
  aligned: number;
  /** Seen work serving no objective, by site: how much, and the first page of each. */
  unalignedSites: UnalignedSite[];
  coverage: TrackerCoverage[];
  largestUnaligned: UnalignedBlock[];
  /** The objectives that have work (`objectivesWithWork`). */
  withWork: string[];
  /** Each objective's targets and where they stand, by objective id. */
  progress: Record<string, TargetProgress[]>;
  themeSummaries: ThemeSummary[];
  staleAfterDays: number;
}

/** Every target, from the summary's progress, with its objective: what trend charts and report tables need. */
export function summaryTargets({ progress }: Pick<WorkSummary, 'progress'>): TrendTarget[] {
  return Object.entries(progress).flatMap(([objectiveId, targets]) =>
    targets.map(({ id, name, unit, direction, baseline, target, dueDate }) => ({
      id,
      objectiveId,
      name,
      direction,
      baseline,
      target,
      ...(unit !== undefined && { unit }),
      ...(dueDate !== undefined && { dueDate }),
    })),
  );
}

const PRECEDENCE: readonly AlignmentReason[] = ['link', 'rule', 'inherited'];

/** Seen work serving no objective, newest first: what the dashboard lists a page at a time. */
export function unalignedOf({ work, alignments }: Pick<WorkState, 'work' | 'alignments'>): SeenWork[] {
  return work.filter((item) => (alignments.get(item.id)?.length ?? 0) === 0);
}

export function summarizeWork(state: WorkState): WorkSummary {
  const aligned = new Set<string>();
  // Each aligned item's most deliberate reason: a link of its own, else a rule, else inheritance.
  const reasons = new Map<string, AlignmentReason>();
  for (const item of state.work) {
    const its = state.alignments.get(item.id) ?? [];
    if (its.length === 0) continue;
    aligned.add(item.id);
    const vias = new Set(its.map((alignment) => alignment.via));
    reasons.set(item.id, PRECEDENCE.find((via) => vias.has(via))!);
  }
  return {
    objectives: state.objectives,
    themes: state.themes,
    seen: state.work.length,
    aligned: aligned.size,
    unalignedSites: unalignedSites(unalignedOf(state)),
    coverage: trackerCoverage(state.work, aligned, reasons),
    largestUnaligned: largestUnaligned(state.work, aligned, LARGEST_UNALIGNED_PER_TRACKER),
    withWork: [...state.withWork],
    progress: Object.fromEntries(state.progress),
    themeSummaries: themeSummaries(state.objectives, state.themes, state.links, state.progress),
    staleAfterDays: state.staleAfterDays,
  };
}
