/** Row selection in a filtered list, kept as a set of ids so that it survives re-sorting and live updates. */
export type Selection = ReadonlySet<string>;

export function withRow(selection: Selection, id: string, selected: boolean): Selection {
  if (selection.has(id) === selected) return selection;
  const next = new Set(selection);
  if (selected) next.add(id);
  else next.delete(id);
  return next;
}

/** Whether none, some or all of the shown rows are selected: the state of a "select all" box. */
export function selectionState(selection: Selection, shownIds: readonly string[]): 'none' | 'some' | 'all' {
  let count = 0;
  for (const id of shownIds) if (selection.has(id)) count++;
  if (count === 0) return 'none';
  return count === shownIds.length ? 'all' : 'some';
}

/** Selects every shown row, or clears the selection of the shown rows. */
export function withAllShown(selection: Selection, shownIds: readonly string[], selected: boolean): Selection {
  const next = new Set(selection);
  for (const id of shownIds) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return next;
}

/**
 * The selected ids among the shown rows, in their order: what a bulk action
 * acts on. Rows removed meanwhile (here or in another window) or hidden by
 * the filter drop out, so an action never reaches a row the user cannot see.
 */
export function selectedShown(selection: Selection, shownIds: readonly string[]): string[] {
  return shownIds.filter((id) => selection.has(id));
}
