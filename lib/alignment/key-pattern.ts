import { t } from '../i18n/catalogue';
import {
  type CharSet,
  type KeyPattern,
  type KeyPatternProgram,
  runKeyPattern,
  type State,
} from './key-pattern-program';

/**
 * Key patterns that cannot hang: a glob (`PAY-*`) or a regular expression
 * compiled to an automaton and run in time linear in the key, whatever the
 * pattern. A backtracking engine takes exponential time on patterns such as
 * `^((([A-Z]+)+)+)+x$`; an automaton walks the key once. Only what an
 * automaton can do is accepted: backreferences and lookaround are refused
 * with a reason. The compiler runs where rules are stored and indexed; a
 * tracker tab gets the compiled program (key-pattern-program.ts).
 */

export const KEY_PATTERN_SYNTAXES = ['glob', 'regex'] as const;
export type KeyPatternSyntax = (typeof KEY_PATTERN_SYNTAXES)[number];

export type CompiledKeyPattern =
  | { ok: true; program: KeyPatternProgram; pattern: KeyPattern }
  | { ok: false; reason: string };

/** Beyond this many automaton states a pattern is refused: `(a{100}){100}` would be huge. */
const MAX_STATES = 2000;
/** Repetition counts beyond this are refused: keys are at most a few dozen characters. */
const MAX_REPEAT = 100;

type Node =
  | { type: 'empty' }
  | { type: 'char'; set: CharSet }
  | { type: 'start' }
  | { type: 'end' }
  | { type: 'concat'; parts: Node[] }
  | { type: 'alt'; options: Node[] }
  | { type: 'repeat'; node: Node; min: number; max: number };

class PatternError extends Error {}

const DIGIT: [number, number][] = [[48, 57]];
const WORD: [number, number][] = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE: [number, number][] = [
  [9, 13],
  [32, 32],
  [160, 160],
  [0x2028, 0x2029],
  [0xfeff, 0xfeff],
];

function single(code: number): CharSet {
  return { ranges: [[code, code]], negated: false };
}

/** A recursive-descent parser for the regular-expression subset an automaton can run. */
class RegexParser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new PatternError(t('keyPattern_unmatchedAtPosition', this.at + 1));
    return node;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private sequence(): Node {
    const parts: Node[] = [];
    for (let next = this.peek(); next !== undefined && next !== '|' && next !== ')'; next = this.peek())
      parts.push(this.quantified());
    return parts.length === 1 ? parts[0]! : { type: 'concat', parts };
  }

  private quantified(): Node {
    const position = this.at;
    const atom = this.atom();
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    if (atom.type === 'start' || atom.type === 'end')
      throw new PatternError(t('keyPattern_nothingToRepeatAtPosition', position + 1));
    if (this.quantifier()) throw new PatternError(t('keyPattern_twoQuantifiersInARow', this.at));
    // Harmless here, but a pack travels: another tool reading it may backtrack exponentially on (a+)+.
    if (quantifier.max > 1 && repeats(atom))
      throw new PatternError(t('keyPattern_nestedRepetitionAtPositionSuch', position + 1));
    return { type: 'repeat', node: atom, ...quantifier };
  }

  private quantifier(): { min: number; max: number } | null {
    const next = this.peek();
    let bounds: { min: number; max: number } | null = null;
    if (next === '*') bounds = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (next === '+') bounds = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (next === '?') bounds = { min: 0, max: 1 };
    else if (next === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) return null;
      const min = Number(match[1]);
      const max = match[2] === undefined ? min : match[3] === '' ? Number.POSITIVE_INFINITY : Number(match[3]);
      if (max < min) throw new PatternError(t('keyPattern_repetitionCountsDown', min, max));
      if (min > MAX_REPEAT || (max !== Number.POSITIVE_INFINITY && max > MAX_REPEAT))
        throw new PatternError(t('keyPattern_repetitionCountsAboveAreNot', MAX_REPEAT));
      this.at += match[0].length - 1;
      bounds = { min, max };
    }
    if (!bounds) return null;
    this.at++;
    // A lazy quantifier matches the same keys: `test` only asks whether there is a match.
    if (this.peek() === '?') this.at++;
    return bounds;
  }

  private atom(): Node {
    const position = this.at;
    const next = this.source[this.at++]!;
    switch (next) {
      case '^':
        return { type: 'start' };
      case '$':
        return { type: 'end' };
      case '.':
        return {
          type: 'char',
          set: {
            ranges: [
              [10, 10],
              [13, 13],
              [0x2028, 0x2029],
            ],
            negated: true,
          },
        };
      case '[':
        return { type: 'char', set: this.charClass() };
      case '\\':
        return { type: 'char', set: this.escape(false) };
      case '(':
        return this.group(position);
      case '*':
      case '+':
      case '?':
        throw new PatternError(t('keyPattern_nothingToRepeatAtPosition', position + 1));
      case '{':
        if (/^\d+(,\d*)?\}/.test(this.source.slice(this.at)))
          throw new PatternError(t('keyPattern_nothingToRepeatAtPosition', position + 1));
        return { type: 'char', set: single(next.charCodeAt(0)) };
      default:
        return { type: 'char', set: single(next.codePointAt(0)!) };
    }
  }

  private group(position: number): Node {
    if (this.peek() === '?') {
      const rest = this.source.slice(this.at);
      if (rest.startsWith('?:')) this.at += 2;
      else if (/^\?<[A-Za-z_$][\w$]*>/.test(rest)) this.at += rest.indexOf('>') + 1;
      else if (/^\?<?[=!]/.test(rest)) throw new PatternError(t('keyPattern_lookaheadAndLookbehindAreNot'));
      else throw new PatternError(t('keyPattern_unknownGroupSyntaxAtPosition', position + 1));
    }
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new PatternError(t('keyPattern_unclosedAtPosition', position + 1));
    this.at++;
    return inner;
  }

  private charClass(): CharSet {
    const start = this.at - 1;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const ranges: [number, number][] = [];
    let first = true;
    while (true) {
      const next = this.source[this.at];
      if (next === undefined) throw new PatternError(t('keyPattern_unclosedAtPosition2', start + 1));
      if (next === ']' && !first) break;
      first = false;
      const low = this.classMember();
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && this.source[this.at + 1] !== undefined) {
        this.at++;
        const high = this.classMember();
        if (low.ranges.length !== 1 || high.ranges.length !== 1 || low.negated || high.negated)
          throw new PatternError(t('keyPattern_aClassLikeDCannot'));
        const [from] = low.ranges[0]!;
        const [to] = high.ranges[0]!;
        if (to < from) throw new PatternError(t('keyPattern_aRangeInRunsBackwards'));
        ranges.push([from, to]);
      } else if (low.negated) throw new PatternError(t('keyPattern_dWAndSAre'));
      else ranges.push(...low.ranges);
    }
    this.at++;
    return { ranges, negated };
  }

  private classMember(): CharSet {
    const next = this.source[this.at++]!;
    if (next === '\\') return this.escape(true);
    return single(next.codePointAt(0)!);
  }

  private escape(inClass: boolean): CharSet {
    const next = this.source[this.at++];
    if (next === undefined) throw new PatternError(t('keyPattern_thePatternEndsWith'));
    switch (next) {
      case 'd':
        return { ranges: DIGIT, negated: false };
      case 'D':
        return { ranges: DIGIT, negated: true };
      case 'w':
        return { ranges: WORD, negated: false };
      case 'W':
        return { ranges: WORD, negated: true };
      case 's':
        return { ranges: SPACE, negated: false };
      case 'S':
        return { ranges: SPACE, negated: true };
      case 't':
        return single(9);
      case 'n':
        return single(10);
      case 'r':
        return single(13);
      case 'b':
        if (inClass) return single(8);
        throw new PatternError(t('keyPattern_wordBoundariesBAreNot'));
      case 'B':
        throw new PatternError(t('keyPattern_wordBoundariesBAreNot2'));
    }
    if (/[1-9]/.test(next)) throw new PatternError(t('keyPattern_backreferencesAreNotSupported'));
    if (next === 'k') throw new PatternError(t('keyPattern_backreferencesAreNotSupported'));
    if (/[A-Za-z0-9]/.test(next)) throw new PatternError(t('keyPattern_theEscapeIsNotSupported', next));
    return single(next.codePointAt(0)!);
  }
}

/** Whether a node repeats something more than once: a quantifier inside a quantified group. */
function repeats(node: Node): boolean {
  switch (node.type) {
    case 'repeat':
      return node.max > 1 || repeats(node.node);
    case 'concat':
      return node.parts.some(repeats);
    case 'alt':
      return node.options.some(repeats);
    default:
      return false;
  }
}

class Builder {
  readonly states: State[] = [];

  add(state: State): number {
    if (this.states.length >= MAX_STATES) throw new PatternError(t('keyPattern_thePatternIsTooComplex'));
    this.states.push(state);
    return this.states.length - 1;
  }

  /** Builds `node` so that it continues to state `next`; answers its entry state. */
  build(node: Node, next: number): number {
    switch (node.type) {
      case 'empty':
        return next;
      case 'char':
        return this.add({ kind: 'char', set: node.set, next });
      case 'start':
      case 'end':
        return this.add({ kind: node.type, next });
      case 'concat': {
        let entry = next;
        for (let index = node.parts.length - 1; index >= 0; index--) entry = this.build(node.parts[index]!, entry);
        return entry;
      }
      case 'alt':
        return this.add({ kind: 'split', next: node.options.map((option) => this.build(option, next)) });
      case 'repeat':
        return this.repeat(node.node, node.min, node.max, next);
    }
  }

  private repeat(node: Node, min: number, max: number, next: number): number {
    let entry = next;
    if (max === Number.POSITIVE_INFINITY) {
      // A loop: the split either enters the body (which returns to the split) or leaves.
      const loop = this.add({ kind: 'split', next: [] });
      const body = this.build(node, loop);
      (this.states[loop] as { next: number[] }).next = [body, next];
      entry = loop;
    } else
      for (let optional = max - min; optional > 0; optional--)
        entry = this.add({ kind: 'split', next: [this.build(node, entry), next] });
    for (let required = min; required > 0; required--) entry = this.build(node, entry);
    return entry;
  }
}

/** The characters every match begins with, for a pattern anchored at the start. */
function literalPrefix(node: Node): string {
  if (node.type !== 'concat' || node.parts[0]?.type !== 'start') return '';
  let prefix = '';
  for (const part of node.parts.slice(1)) {
    if (part.type !== 'char' || part.set.negated || part.set.ranges.length !== 1) break;
    const [low, high] = part.set.ranges[0]!;
    if (low !== high) break;
    prefix += String.fromCodePoint(low);
  }
  return prefix;
}

function program(node: Node, anchoredSearch: boolean, anyCase: boolean): KeyPatternProgram {
  const builder = new Builder();
  const accept = builder.add({ kind: 'accept' });
  const entry = builder.build(node, accept);
  return { states: builder.states, entry, anchoredSearch, prefix: literalPrefix(node), anyCase };
}

/** `*` any run of characters, `?` any one character, the rest literal; the whole key, any case. */
function globNode(glob: string): Node {
  const parts: Node[] = [{ type: 'start' }];
  const any: CharSet = { ranges: [], negated: true };
  for (const char of glob.toUpperCase()) {
    if (char === '*') parts.push({ type: 'repeat', node: { type: 'char', set: any }, min: 0, max: Infinity });
    else if (char === '?') parts.push({ type: 'char', set: any });
    else parts.push({ type: 'char', set: single(char.codePointAt(0)!) });
  }
  parts.push({ type: 'end' });
  return { type: 'concat', parts };
}

function regexProgram(source: string): KeyPatternProgram {
  const node = new RegexParser(source).parse();
  return program(node, startsAnchored(node), false);
}

/**
 * Compiles a key pattern, or says why it cannot be used. A regular
 * expression keeps JavaScript's meaning (`RegExp.prototype.test`: a match
 * anywhere in the key unless anchored, case-sensitive); a glob matches the
 * whole key, ignoring case, as Jira does with keys.
 */
export function compileKeyPattern(source: string, syntax: KeyPatternSyntax): CompiledKeyPattern {
  try {
    const compiled = syntax === 'glob' ? program(globNode(source), true, true) : regexProgram(source);
    return { ok: true, program: compiled, pattern: runKeyPattern(compiled) };
  } catch (error) {
    if (error instanceof PatternError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** Whether every match must begin at the key's start, so the search need not restart at each position. */
function startsAnchored(node: Node): boolean {
  if (node.type === 'start') return true;
  if (node.type === 'concat') return node.parts.length > 0 && startsAnchored(node.parts[0]!);
  if (node.type === 'alt') return node.options.every(startsAnchored);
  return false;
}

/** Why a pattern cannot be used, or null: for schemas and forms. */
export function keyPatternProblem(source: string, syntax: KeyPatternSyntax): string | null {
  const compiled = compileKeyPattern(source, syntax);
  return compiled.ok ? null : compiled.reason;
}
