import type { FloatingCard } from '../../components/overlay/OverlayLayer';
import { describeReason } from '../alignment/describe-reason';
import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';
import type { Timers } from './timers';

const HIDE_AFTER_MS = 200;

export interface HoverCardDeps {
  objective(id: string): ObjectiveSummary | undefined;
  alignments(itemId: string): readonly ItemAlignment[] | undefined;
  timers: Timers;
  changed(): void;
}

/** The card that tells what an objective is, shown while a chip is hovered or focused. */
export function createHoverCard(deps: HoverCardDeps) {
  let current: FloatingCard | null = null;
  let hideAt = 0;

  return {
    get current(): FloatingCard | null {
      return current;
    },
    show(itemId: string, objectiveId: string, chip: Element): void {
      const objective = deps.objective(objectiveId);
      if (!objective) return;
      hideAt++;
      const alignment = deps.alignments(itemId)?.find((candidate) => candidate.objectiveId === objectiveId);
      current = {
        objective,
        reason: alignment && describeReason(alignment, new Date()),
        rect: chip.getBoundingClientRect(),
      };
      deps.changed();
    },
    /** Hides after a moment, so the pointer can travel from the chip onto the card. */
    hideSoon(): void {
      const at = ++hideAt;
      deps.timers.timeout(() => {
        if (at !== hideAt || !current) return;
        current = null;
        deps.changed();
      }, HIDE_AFTER_MS);
    },
    keep(): void {
      hideAt++;
    },
    clear(): void {
      hideAt++;
      current = null;
    },
  };
}

export type HoverCard = ReturnType<typeof createHoverCard>;
