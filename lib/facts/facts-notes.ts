import type { FactsNote, FactsNotes } from '../model/annotation';

export const NO_FACTS_NOTES: FactsNotes = { fetching: [], unavailable: [] };

/** Items' notes as an answer carries them: each state and reason once, with its items in the order given. */
export function groupFactsNotes(notes: Iterable<readonly [string, FactsNote]>): FactsNotes {
  const fetching: string[] = [];
  const byReason = new Map<string, string[]>();
  for (const [id, note] of notes) {
    if (note.state === 'fetching') fetching.push(id);
    else {
      const ids = byReason.get(note.reason);
      if (ids) ids.push(id);
      else byReason.set(note.reason, [id]);
    }
  }
  return { fetching, unavailable: [...byReason].map(([reason, ids]) => ({ reason, ids })) };
}

/** Each item's note, from an answer's grouped notes. */
export function factsNotesById(notes: FactsNotes): Map<string, FactsNote> {
  const byId = new Map<string, FactsNote>();
  const fetching: FactsNote = { state: 'fetching' };
  for (const id of notes.fetching) byId.set(id, fetching);
  for (const { reason, ids } of notes.unavailable) {
    const note: FactsNote = { state: 'unavailable', reason };
    for (const id of ids) byId.set(id, note);
  }
  return byId;
}
