/** Starts the refusal of a save made from a stale copy; the workspace recognizes it and offers Reload and Overwrite. */
export const CHANGED_ELSEWHERE = 'This record was changed elsewhere';

export function isChangedElsewhere(error: string): boolean {
  return error.startsWith(CHANGED_ELSEWHERE);
}
