import fuzzysort from 'fuzzysort';

export interface Searchable {
  code: string;
  title: string;
}

/**
 * Objectives that match a query by code or title, best first. An empty query
 * keeps the given order; an exact code match always comes first.
 */
export function searchObjectives<T extends Searchable>(objectives: readonly T[], query: string, limit = 50): T[] {
  const trimmed = query.trim();
  if (!trimmed) return objectives.slice(0, limit);
  const results = fuzzysort.go(trimmed, objectives, { keys: ['code', 'title'], limit, threshold: 0.3 });
  const found = results.map((result) => result.obj);
  const exact = objectives.find((objective) => objective.code.toLowerCase() === trimmed.toLowerCase());
  return exact ? [exact, ...found.filter((objective) => objective !== exact)].slice(0, limit) : found;
}
