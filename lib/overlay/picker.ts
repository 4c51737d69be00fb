import type { LinkedObjective } from '../../components/ObjectivePicker';
import { describeReason } from '../alignment/describe-reason';
import { t } from '../i18n/catalogue';
import type { Reply } from '../messages/protocol';
import type { Send } from '../messages/reply-sender';
import type { PickerObjective } from '../messages/responses';
import type { ItemAlignment, ObjectiveSummary } from '../model/annotation';
import type { Toasts } from './toasts';

export interface PickerDeps {
  send: Send;
  alignments(itemId: string): readonly ItemAlignment[] | undefined;
  objective(id: string): ObjectiveSummary | undefined;
  toasts: Toasts;
  changed(): void;
}

/** The picker as the layer shows it: for which item, beside what, and what it lists. */
export interface PickerState {
  itemId: string;
  subject: string;
  opener: HTMLElement;
  objectives: readonly PickerObjective[] | null;
  error?: string;
  linked: ReadonlyMap<string, LinkedObjective>;
}

/**
 * Links and unlinks one item from the page. The catalogue is asked for when
 * the picker first opens; changes are confirmed with an undo, and the chips
 * follow when the background sends the site's index again.
 */
export function createPicker(deps: PickerDeps) {
  let open: { itemId: string; subject: string; opener: HTMLElement } | null = null;
  let catalogue: PickerObjective[] | null = null;
  let error: string | undefined;

  async function loadCatalogue(): Promise<void> {
    const reply = await deps.send({ type: 'listObjectives' });
    if (reply.ok) catalogue = reply.data.objectives;
    else error = reply.error;
    deps.changed();
  }

  function codeOf(objectiveId: string): string {
    return (
      catalogue?.find((objective) => objective.id === objectiveId)?.code ??
      deps.objective(objectiveId)?.code ??
      objectiveId
    );
  }

  async function undo(request: Promise<Reply<unknown>>): Promise<void> {
    const reply = await request;
    deps.toasts.show(reply.ok ? t('toast_undone') : t('toast_couldNotUndo', reply.error));
  }

  function failed(message: string): void {
    error = message;
    deps.changed();
  }

  return {
    get state(): PickerState | null {
      if (!open) return null;
      const now = new Date();
      const linked = new Map(
        (deps.alignments(open.itemId) ?? []).map((alignment) => [
          alignment.objectiveId,
          { targetId: alignment.targetId, via: alignment.via, reason: describeReason(alignment, now) },
        ]),
      );
      return { ...open, objectives: catalogue, error, linked };
    },
    open(itemId: string, subject: string, opener: HTMLElement): void {
      open = { itemId, subject, opener };
      error = undefined;
      deps.changed();
      if (!catalogue) void loadCatalogue();
    },
    /** Closes the picker and gives the focus back to what opened it; answers whether one was open. */
    close(): boolean {
      if (!open) return false;
      const { opener } = open;
      open = null;
      deps.changed();
      if (opener.isConnected) opener.focus();
      return true;
    },
    /** The catalogue changed: read it again when the picker is next used. */
    forgetCatalogue(): void {
      catalogue = null;
      if (open) void loadCatalogue();
    },
    async link(objectiveId: string, targetId?: string): Promise<void> {
      if (!open) return;
      const { itemId, subject } = open;
      const reply = await deps.send({ type: 'link', itemId, objectiveId, targetId });
      if (!reply.ok) return failed(reply.error);
      const { link, created, unexcluded } = reply.data;
      // Linking lifts a "not this item" on the same objective: undo puts both back as they were.
      const undoLink = async (): Promise<Reply<unknown>> => {
        const removed = created ? await deps.send({ type: 'removeLinks', linkIds: [link.id] }) : reply;
        if (!removed.ok || !unexcluded) return removed;
        return deps.send({ type: 'restoreExclusions', exclusions: [unexcluded] });
      };
      deps.toasts.show(
        t('toast_linkedTo', subject, codeOf(objectiveId)),
        created || unexcluded ? () => void undo(undoLink()) : undefined,
      );
    },
    /** "Not this item": the objective a rule or an ancestor gives no longer counts for this item. */
    async exclude(objectiveId: string): Promise<void> {
      if (!open) return;
      const { itemId, subject } = open;
      const reply = await deps.send({ type: 'exclude', itemId, objectiveId });
      if (!reply.ok) return failed(reply.error);
      const { exclusion, created, removedLink } = reply.data;
      const undoExclude = async (): Promise<Reply<unknown>> => {
        const lifted = await deps.send({ type: 'unexclude', itemId, objectiveId: exclusion.objectiveId });
        if (!lifted.ok || !removedLink) return lifted;
        return deps.send({ type: 'restoreLinks', links: [removedLink] });
      };
      deps.toasts.show(
        t('toast_noLongerCountsToward', subject, codeOf(objectiveId)),
        created ? () => void undo(undoExclude()) : undefined,
      );
    },
    async unlink(objectiveId: string): Promise<void> {
      if (!open) return;
      const { itemId, subject } = open;
      const reply = await deps.send({ type: 'unlink', itemId, objectiveId });
      if (!reply.ok) return failed(reply.error);
      const { removed } = reply.data;
      deps.toasts.show(
        t('toast_unlinkedFrom', subject, codeOf(objectiveId)),
        removed ? () => void undo(deps.send({ type: 'restoreLinks', links: [removed] })) : undefined,
      );
    },
  };
}

export type Picker = ReturnType<typeof createPicker>;
