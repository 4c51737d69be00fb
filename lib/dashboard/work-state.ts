import { objectivesWithWork } from '../alignment/objectives-with-work';
import { progressByObjective } from '../catalogue/objective-progress';
import { type AlignmentSnapshot, readAlignmentSnapshot } from '../db/alignment-snapshot';
import type { AnnotateDeps } from '../db/annotate';
import { getSettings } from '../db/settings';
import { currentSnapshot, warmAnnotations } from '../db/snapshot-cache';
import type { ItemAlignment, TargetProgress } from '../model/annotation';
import type { BenefitTarget } from '../model/benefit-target';
import type { Measurement } from '../model/measurement';
import type { Objective } from '../model/objective';
import type { Theme } from '../model/theme';
import { alignSeenWork } from './align-seen-work';
import type { SeenWork } from './seen-work';
import { cachedSeenWork } from './seen-work-cache';

/**
 * The strategy and the seen work, resolved: what the dashboard, the steering
 * report, the catalogue's "has work" and the daily snapshot are all counted
 * from, so they cannot disagree.
 */
export interface WorkState {
  objectives: Objective[];
  themes: Theme[];
  targets: BenefitTarget[];
  /** Every link's item and objective. */
  links: { itemId: string; objectiveId: string }[];
  /** Each objective's targets and where they stand (objectives without targets left out). */
  progress: Map<string, TargetProgress[]>;
  staleAfterDays: number;
  /** Seen work, newest first. */
  work: readonly SeenWork[];
  /** Each seen item's alignments, as the one resolver answers them. */
  alignments: ReadonlyMap<string, readonly ItemAlignment[]>;
  /** `objectivesWithWork`: the one answer to "does this objective have work". */
  withWork: ReadonlySet<string>;
}

/**
 * Reads the work state in the background, from the lookup's in-memory
 * snapshot of the catalogue (read once, until something changes) and the
 * seen items kept in memory: a warm worker reads nothing from IndexedDB.
 * Benefit progress comes from each target's first and last check-in, all
 * that progress and pace depend on, so 120,000 check-ins are never re-read.
 */
export async function readWorkState(deps: AnnotateDeps, now: Date): Promise<WorkState> {
  const { settings, work, catalogue, alignments } = await readWorkInputs(deps, now);
  const objectives = [...catalogue.objectives.values()];
  const targets = [...catalogue.targetsByObjective.values()].flat();
  const ends: Measurement[] = [];
  for (const target of targets)
    for (const end of new Set([catalogue.earliestByTarget.get(target.id), catalogue.latestByTarget.get(target.id)]))
      if (end) ends.push(end);
  const links = [...catalogue.index.linksByItem].flatMap(([itemId, reasons]) =>
    reasons.map(({ objectiveId }) => ({ itemId, objectiveId })),
  );
  return {
    objectives,
    themes: [...catalogue.themes.values()],
    targets,
    links,
    progress: progressByObjective(targets, ends, now, settings.staleAfterDays, objectives),
    staleAfterDays: settings.staleAfterDays,
    work,
    alignments,
    withWork: withWorkFrom(catalogue, alignments),
  };
}

/** What the work state is worked out from. */
async function readWorkInputs(deps: AnnotateDeps, now: Date) {
  const [settings, work] = await Promise.all([getSettings(deps.db), cachedSeenWork(deps.db), warmAnnotations(deps.db)]);
  // A change between warming and here drops the snapshot: then read one for this answer alone.
  const cached = currentSnapshot(deps.db);
  const catalogue = cached ?? (await readAlignmentSnapshot(deps.db));
  // Given again, the same map, while the snapshot, the seen work and their facts stay the same (align-seen-work.ts).
  const alignments = await alignSeenWork(deps, work, cached, now, settings.staleAfterDays);
  return { settings, work, catalogue, alignments };
}

/** The last answer of `withWorkFrom` for each map of seen work's alignments, and the catalogue it was from. */
const withWorkOf = new WeakMap<
  ReadonlyMap<string, readonly ItemAlignment[]>,
  { catalogue: AlignmentSnapshot; withWork: ReadonlySet<string> }
>();

/**
 * `withWork` of the work state alone, for the workspace's first answer: the
 * same answer, without the rest of the state (every link as a record of its
 * own, the targets' progress), and given again while nothing it comes from
 * changed.
 */
export async function readObjectivesWithWork(deps: AnnotateDeps, now: Date): Promise<ReadonlySet<string>> {
  const { catalogue, alignments } = await readWorkInputs(deps, now);
  return withWorkFrom(catalogue, alignments);
}

/** `objectivesWithWork` of a catalogue and the seen work's alignments, given again for the same two. */
function withWorkFrom(
  catalogue: AlignmentSnapshot,
  alignments: ReadonlyMap<string, readonly ItemAlignment[]>,
): ReadonlySet<string> {
  const known = withWorkOf.get(alignments);
  if (known?.catalogue === catalogue) return known.withWork;
  const withWork = objectivesWithWork(linkedObjectiveIds(catalogue), alignments.values());
  withWorkOf.set(alignments, { catalogue, withWork });
  return withWork;
}

function* linkedObjectiveIds(catalogue: AlignmentSnapshot): Iterable<string> {
  for (const reasons of catalogue.index.linksByItem.values()) for (const { objectiveId } of reasons) yield objectiveId;
}
