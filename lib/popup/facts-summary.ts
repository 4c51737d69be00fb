import type { FactsNote } from '../model/annotation';

export interface FactsSummary {
  /** Items whose facts are being fetched from the tracker now. */
  fetching: number;
  /** Why facts are unavailable, and for how many items, the commonest reason first. */
  unavailable: { reason: string; count: number }[];
}

/** The page's items' facts notes, said once per reason rather than once per item. */
export function summarizeFacts(ids: readonly string[], notes: ReadonlyMap<string, FactsNote>): FactsSummary {
  let fetching = 0;
  const reasons = new Map<string, number>();
  for (const id of ids) {
    const note = notes.get(id);
    if (note?.state === 'fetching') fetching++;
    else if (note?.state === 'unavailable') reasons.set(note.reason, (reasons.get(note.reason) ?? 0) + 1);
  }
  const unavailable = [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
  return { fetching, unavailable };
}
