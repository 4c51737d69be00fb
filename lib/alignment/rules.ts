import type { ItemFacts } from '../model/item-facts';
import type { ItemIdParts } from '../model/item-id';
import type { Rule } from '../model/rule';
import { type CompiledKeyPattern, compileKeyPattern } from './key-pattern';
import type { KeyPattern, KeyPatternProgram } from './key-pattern-program';
import { ruleCovers } from './rule-index';

/**
 * Compiled key patterns, keyed by pattern and syntax, refusals included: a
 * rule whose pattern the matcher refuses (stored before the check existed)
 * matches nothing rather than throwing.
 */
const compiled = new Map<string, CompiledKeyPattern>();

function compiledOf(rule: Rule): CompiledKeyPattern {
  const syntax = rule.match.syntax ?? 'regex';
  const cacheKey = `${syntax}\u0000${rule.match.value}`;
  let result = compiled.get(cacheKey);
  if (result === undefined) {
    result = compileKeyPattern(rule.match.value, syntax);
    compiled.set(cacheKey, result);
  }
  return result;
}

/** A rule's key pattern, compiled once: for the background and the extension's pages, never a tab. */
export function compiledKeyPattern(rule: Rule): KeyPattern | null {
  const result = compiledOf(rule);
  return result.ok ? result.pattern : null;
}

/** The same pattern as plain data, for a tab to run (db/site-index.ts); null when it matches nothing. */
export function keyPatternProgram(rule: Rule): KeyPatternProgram | null {
  const result = compiledOf(rule);
  return result.ok ? result.program : null;
}

/** Whether one rule covers an item, given what is known of it. */
export function ruleMatches(rule: Rule, ref: ItemIdParts, facts: ItemFacts = {}): boolean {
  return ruleCovers(rule, ref, facts, compiledKeyPattern);
}
