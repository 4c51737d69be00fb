import type { ItemAlignment, ObjectiveSummary } from '../../lib/model/annotation';
import type { ItemKind } from '../../lib/trackers/adapter';
import { ObjectiveChip } from './ObjectiveChip';

export interface ItemChipsProps {
  itemKey: string;
  alignments: readonly ItemAlignment[];
  objectives: ReadonlyMap<string, ObjectiveSummary>;
  kind: ItemKind;
  full: boolean;
  onShowObjective(objectiveId: string, anchor: HTMLElement): void;
  onHideObjective(): void;
  onOpenPicker(anchor: HTMLElement): void;
}

/** The chips of one work item, and the way to link it to (more) objectives. */
export function ItemChips(props: ItemChipsProps) {
  const shown = props.alignments.filter((alignment) => props.objectives.has(alignment.objectiveId));
  const full = props.full || props.kind === 'detail';
  return (
    <div class="chips">
      {shown.map((alignment) => (
        <ObjectiveChip
          key={alignment.objectiveId}
          objective={props.objectives.get(alignment.objectiveId)!}
          full={full}
          onShow={(anchor) => props.onShowObjective(alignment.objectiveId, anchor)}
          onHide={props.onHideObjective}
        />
      ))}
      <button
        type="button"
        class="add"
        aria-haspopup="dialog"
        aria-label={
          shown.length === 0 ? `Link ${props.itemKey} to an objective` : `Change the objectives of ${props.itemKey}`
        }
        title={shown.length === 0 ? 'Link to an objective (Alt+Shift+O)' : 'Link or unlink objectives (Alt+Shift+O)'}
        onClick={(event) => props.onOpenPicker(event.currentTarget as HTMLElement)}
      >
        {shown.length === 0 ? '+ Objective' : '+'}
      </button>
    </div>
  );
}
