export interface Searchable {
  code: string;
  title: string;
}

/**
 * How well `query` matches `text` as a subsequence, or -1 when it does not:
 * consecutive letters and letters at word starts score higher, so "grw2"
 * finds GROW-2 and "self rev" finds "Increase self-serve revenue".
 * Hand-written because the picker runs in every tracker page, where a search
 * library would cost an eighth of the content script's 25 KB budget.
 */
export function fuzzyScore(query: string, text: string): number {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const t = text.toLowerCase();
  if (q.length === 0) return 0;
  let score = 0;
  let at = 0;
  let previous = -2;
  for (const char of q) {
    const found = t.indexOf(char, at);
    if (found === -1) return -1;
    const wordStart = found === 0 || /[\s\-_./]/.test(t[found - 1] ?? '');
    score += 1 + (found === previous + 1 ? 2 : 0) + (wordStart ? 3 : 0);
    previous = found;
    at = found + 1;
  }
  // Shorter texts with the same letters are closer matches.
  return score - t.length / 100;
}

/**
 * Objectives that match a query by code or title, best first. An empty query
 * keeps the given order; an exact code match always comes first.
 */
export function searchObjectives<T extends Searchable>(objectives: readonly T[], query: string, limit = 50): T[] {
  const trimmed = query.trim();
  if (!trimmed) return objectives.slice(0, limit);
  const exact = trimmed.toLowerCase();
  const scored: { objective: T; score: number }[] = [];
  for (const objective of objectives) {
    const score =
      objective.code.toLowerCase() === exact
        ? Number.POSITIVE_INFINITY
        : Math.max(fuzzyScore(trimmed, objective.code) * 1.5, fuzzyScore(trimmed, objective.title));
    if (score >= 0) scored.push({ objective, score });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, limit).map((entry) => entry.objective);
}
