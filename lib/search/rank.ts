/** Lower case without accents, so "Élan" and "elan" are the same word. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export interface RankFields<T> {
  /** The entry's own name: an objective's code, an item's key. */
  code(entry: T): string;
  /** What names it in words: a title. */
  title(entry: T): string | undefined;
  /** What else describes it: owner, description… */
  more(entry: T): readonly (string | undefined)[];
}

/**
 * How well an entry answers a query, best first, or null when it does not:
 * 0 the code exactly, 1 the code's start, 2 every query word starts a word
 * of the title, 3 every query word starts a word of what else describes it,
 * 4 the query inside any of them. Typos are left to a fuzzy fallback.
 */
export function matchTier<T>(entry: T, query: string, fields: RankFields<T>): number | null {
  const folded = fold(query.trim());
  if (!folded) return null;
  const code = fold(fields.code(entry));
  if (code === folded) return 0;
  if (code.startsWith(folded)) return 1;
  const queryWords = words(query);
  const startsWords = (text: string | undefined) => {
    if (!text || queryWords.length === 0) return false;
    const own = words(text);
    return queryWords.every((word) => own.some((candidate) => candidate.startsWith(word)));
  };
  const title = fields.title(entry);
  if (startsWords(title)) return 2;
  const more = fields.more(entry);
  if (more.some(startsWords)) return 3;
  if ([title, ...more].some((text) => text !== undefined && fold(text).includes(folded))) return 4;
  return null;
}

/**
 * The entries that answer a query, in tiers (see matchTier) and, within a
 * tier, in the order of `compare`; when none does, what the fuzzy search
 * finds, so a typo still finds its match.
 */
export function rankEntries<T>(
  entries: readonly T[],
  query: string,
  fields: RankFields<T>,
  compare: (a: T, b: T) => number,
  fuzzy: () => T[],
): T[] {
  const tiered: { entry: T; tier: number }[] = [];
  for (const entry of entries) {
    const tier = matchTier(entry, query, fields);
    if (tier !== null) tiered.push({ entry, tier });
  }
  if (tiered.length === 0) return fuzzy();
  return tiered.sort((a, b) => a.tier - b.tier || compare(a.entry, b.entry)).map(({ entry }) => entry);
}
