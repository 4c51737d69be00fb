/**
 * A compiled key pattern as plain data, and the automaton that runs it.
 * The compiler (key-pattern.ts) runs where rules are stored and indexed; a
 * tracker tab receives the programs of its site's rules with its index and
 * needs only this runner, which keeps the parser out of every content script
 * (DESIGN.md's 25 KB budget). Runs in time linear in the key, whatever the
 * pattern.
 */

/** Sets of states a pattern keeps; past this its cache starts again (a key adds at most one per character). */
const MAX_CACHED_SETS = 4096;

export interface KeyPattern {
  test(key: string): boolean;
}

/** A set of characters, as sorted inclusive code-point ranges, possibly negated. */
export interface CharSet {
  ranges: [number, number][];
  negated: boolean;
}

/** The automaton: each state either reads one character, asserts a position, splits, or accepts. */
export type State =
  | { kind: 'char'; set: CharSet; next: number }
  | { kind: 'split'; next: number[] }
  | { kind: 'start' | 'end'; next: number }
  | { kind: 'accept' };

export interface KeyPatternProgram {
  states: State[];
  entry: number;
  /** Whether every match begins at the key's start, so the search need not restart at each position. */
  anchoredSearch: boolean;
  /** The literal start every match has: most keys fail there, before the automaton runs. */
  prefix: string;
  /** Whether ASCII letters compare regardless of case, as globs do (the program reads upper case). */
  anyCase: boolean;
}

function inSet(set: CharSet, code: number): boolean {
  let hit = false;
  for (const [low, high] of set.ranges)
    if (code >= low && code <= high) {
      hit = true;
      break;
    }
  return hit !== set.negated;
}

/**
 * Runs the automaton over a key: a set of live states per position, each
 * set met once interned as a number with its steps cached (a lazily built
 * deterministic automaton), so the same pattern over thousands of keys costs
 * a map lookup per character.
 */
class Automaton implements KeyPattern {
  private keys = new Map<string, number>();
  private sets: number[][] = [];
  private accepting: boolean[] = [];
  /** Steps by set and character, for positions before the end and for the last character. */
  private steps: Map<number, number>[] = [];
  private lastSteps: Map<number, number>[] = [];
  private starts = new Map<boolean, number>();

  constructor(
    private readonly states: readonly State[],
    private readonly entry: number,
    private readonly anchoredSearch: boolean,
  ) {}

  test(key: string): boolean {
    if (this.sets.length > MAX_CACHED_SETS) this.forget();
    const empty = key.length === 0;
    let live = this.starts.get(empty);
    if (live === undefined) {
      live = this.intern(this.closure([this.entry], 0, empty ? 0 : 1));
      this.starts.set(empty, live);
    }
    if (this.accepting[live]) return true;
    for (let position = 0; position < key.length; ) {
      const code = key.codePointAt(position)!;
      position += code > 0xffff ? 2 : 1;
      live = this.step(live, code, position === key.length);
      if (this.accepting[live]) return true;
      if (this.anchoredSearch && this.sets[live]!.length === 0) return false;
    }
    return false;
  }

  private forget(): void {
    this.keys = new Map();
    this.sets = [];
    this.accepting = [];
    this.steps = [];
    this.lastSteps = [];
    this.starts = new Map();
  }

  private intern(set: number[]): number {
    const key = set.join(',');
    let id = this.keys.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.keys.set(key, id);
      this.sets.push(set);
      this.accepting.push(set.some((state) => this.states[state]!.kind === 'accept'));
      this.steps.push(new Map());
      this.lastSteps.push(new Map());
    }
    return id;
  }

  /** The set after reading `code`, the key ending there or not (which `$` sees). */
  private step(from: number, code: number, atEnd: boolean): number {
    const cache = (atEnd ? this.lastSteps : this.steps)[from]!;
    const cached = cache.get(code);
    if (cached !== undefined) return cached;
    const moved: number[] = [];
    for (const index of this.sets[from]!) {
      const state = this.states[index]!;
      if (state.kind === 'char' && inSet(state.set, code)) moved.push(state.next);
    }
    // An unanchored search may start a match at every position.
    if (!this.anchoredSearch) moved.push(this.entry);
    // Positions after the first are never 0; the end is 0 characters away exactly when atEnd.
    const next = this.intern(this.closure(moved, 1, atEnd ? 0 : 1));
    cache.set(code, next);
    return next;
  }

  /** Every state reachable without reading: through splits, and the assertions that hold here. */
  private closure(from: readonly number[], position: number, left: number): number[] {
    const seen = new Set<number>();
    const stack = [...from];
    while (stack.length > 0) {
      const index = stack.pop()!;
      if (seen.has(index)) continue;
      seen.add(index);
      const state = this.states[index]!;
      if (state.kind === 'split') stack.push(...state.next);
      else if (state.kind === 'start' && position === 0) stack.push(state.next);
      else if (state.kind === 'end' && left === 0) stack.push(state.next);
    }
    // Only states that read or accept matter for the next step; sorted, so equal sets are one.
    return [...seen]
      .filter((index) => {
        const kind = this.states[index]!.kind;
        return kind === 'char' || kind === 'accept';
      })
      .sort((a, b) => a - b);
  }
}

/**
 * A key pattern that first checks the literal start every match must have,
 * character by character and without copying the key: most keys fail there.
 * `anyCase` compares ASCII letters regardless of case, as globs do.
 */
function withPrefix(pattern: KeyPattern, prefix: string, anyCase: boolean): KeyPattern {
  const normalize = anyCase ? (key: string) => key.toUpperCase() : (key: string) => key;
  return {
    test(key) {
      if (key.length < prefix.length) return false;
      for (let index = 0; index < prefix.length; index++) {
        let code = key.charCodeAt(index);
        if (anyCase && code >= 97 && code <= 122) code -= 32;
        if (code !== prefix.charCodeAt(index)) return false;
      }
      return pattern.test(normalize(key));
    },
  };
}

/** A program ready to test keys; its steps are cached as keys meet them. */
export function runKeyPattern(program: KeyPatternProgram): KeyPattern {
  return withPrefix(
    new Automaton(program.states, program.entry, program.anchoredSearch),
    program.prefix,
    program.anyCase,
  );
}
