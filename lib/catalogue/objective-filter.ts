import type { Objective, ObjectiveStatus } from '../model/objective';

/** What the objectives list shows. */
export interface ObjectiveFilter {
  /** A theme's id, `null` for objectives without a theme, `undefined` for every theme. */
  themeId?: string | null;
  status?: ObjectiveStatus;
  showArchived: boolean;
}

export const DEFAULT_FILTER: ObjectiveFilter = { showArchived: false };

/**
 * The objectives the filter lets through. An objective whose theme no longer
 * exists counts as having none, as it is listed under "No theme".
 */
export function filterObjectives(
  objectives: readonly Objective[],
  filter: ObjectiveFilter,
  themeIds: ReadonlySet<string>,
): Objective[] {
  return objectives.filter((objective) => {
    if (!filter.showArchived && objective.archived) return false;
    if (filter.status !== undefined && objective.status !== filter.status) return false;
    if (filter.themeId === undefined) return true;
    const themeId = objective.themeId != null && themeIds.has(objective.themeId) ? objective.themeId : null;
    return themeId === filter.themeId;
  });
}

/** Whether the filter hides anything beyond archived objectives (then "clear filters" helps). */
export function isFiltering(filter: ObjectiveFilter): boolean {
  return filter.themeId !== undefined || filter.status !== undefined;
}
