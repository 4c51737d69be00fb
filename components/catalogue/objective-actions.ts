import type { Objective } from '../../lib/model/objective';

/** What the list and the detail page can ask of an objective; the section owns the dialogs and the undo. */
export interface ObjectiveActions {
  create(defaults?: { themeId?: string }): void;
  edit(objective: Objective): void;
  remove(objective: Objective): void;
  setArchived(objective: Objective, archived: boolean): void;
}
