import type { ItemFacts } from '../model/item-facts';
import type { ItemIdParts } from '../model/item-id';
import type { Rule } from '../model/rule';
import { compileKeyPattern } from './key-pattern';
import type { KeyPattern } from './key-pattern-program';
import { ruleCovers } from './rule-index';

/**
 * Compiled key patterns, keyed by pattern and syntax. `null` marks a pattern
 * the matcher refuses: such a rule (stored before the check existed) matches
 * nothing rather than throwing.
 */
const patterns = new Map<string, KeyPattern | null>();

/** A rule's key pattern, compiled once: for the background and the extension's pages, never a tab. */
export function compiledKeyPattern(rule: Rule): KeyPattern | null {
  const syntax = rule.match.syntax ?? 'regex';
  const cacheKey = `${syntax}\u0000${rule.match.value}`;
  let pattern = patterns.get(cacheKey);
  if (pattern === undefined) {
    const compiled = compileKeyPattern(rule.match.value, syntax);
    pattern = compiled.ok ? compiled.pattern : null;
    patterns.set(cacheKey, pattern);
  }
  return pattern;
}

/** Whether one rule covers an item, given what is known of it. */
export function ruleMatches(rule: Rule, ref: ItemIdParts, facts: ItemFacts = {}): boolean {
  return ruleCovers(rule, ref, facts, compiledKeyPattern);
}
