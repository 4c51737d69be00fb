import type { ItemFacts } from '../model/item-facts';
import { type ItemIdParts, normalizeSite, type Tracker } from '../model/item-id';
import type { Rule } from '../model/rule';
import type { KeyPattern } from './key-pattern-program';

/**
 * The compiled key pattern of a rule, or null for one that matches nothing.
 * Where rules are stored it is compiled (rules.ts); a tracker tab gets it with
 * its index, compiled by the background.
 */
export type KeyPatternOf = (rule: Rule) => KeyPattern | null;

/** Jira project keys are the part of an issue key before its number. */
function jiraProject(key: string): string {
  return key.slice(0, key.lastIndexOf('-'));
}

/** Paths are backslash-separated: `A\B` is itself and, under it, `A\B\C`, never `A\Bc`. */
function trimPath(path: string): string {
  return path.replace(/\\+$/, '').toLowerCase();
}

/** `A\B\C` is under `A`, `A\B` and `A\B\C`. */
function pathAndParents(path: string): string[] {
  const segments = trimPath(path).split('\\');
  return segments.map((_, index) => segments.slice(0, index + 1).join('\\'));
}

/** The values of an item that a kind of rule compares with its value, lower-cased (paths apart). */
function valuesFor(kind: ValueKind, ref: ItemIdParts, facts: ItemFacts): string[] {
  switch (kind) {
    case 'project':
      return [jiraProject(ref.key)];
    case 'label':
    case 'tag':
      return facts.labels ?? [];
    case 'component':
      return facts.components ?? [];
    case 'parent':
      return [facts.parent, facts.epic].filter((key): key is string => key !== undefined);
    case 'issue-type':
    case 'work-item-type':
      return facts.type !== undefined ? [facts.type] : [];
    case 'asana-project':
      return facts.projects ?? [];
    case 'asana-section':
      return facts.sections ?? [];
  }
}

function appliesTo(rule: Rule, ref: ItemIdParts): boolean {
  return (
    rule.enabled &&
    rule.tracker === ref.tracker &&
    (rule.site === undefined || normalizeSite(rule.tracker, rule.site) === ref.site)
  );
}

/** Whether one rule covers an item, given what is known of it: the meaning every index must keep. */
export function ruleCovers(rule: Rule, ref: ItemIdParts, facts: ItemFacts, keyPatternOf: KeyPatternOf): boolean {
  if (!appliesTo(rule, ref)) return false;
  const { kind, value } = rule.match;
  if (kind === 'key-pattern') return keyPatternOf(rule)?.test(ref.key) ?? false;
  if (kind === 'area-path' || kind === 'iteration-path') {
    const path = kind === 'area-path' ? facts.areaPath : facts.iterationPath;
    if (path === undefined) return false;
    const wanted = trimPath(value);
    return rule.match.scope === 'exact' ? trimPath(path) === wanted : pathAndParents(path).includes(wanted);
  }
  const wanted = value.toLowerCase();
  return valuesFor(kind, ref, facts).some((candidate) => candidate.toLowerCase() === wanted);
}

/** A rule ready to try: its site spelled once and its key pattern compiled once. */
interface IndexedRule {
  rule: Rule;
  order: number;
  site: string | undefined;
  pattern: KeyPattern | null;
}

/** The rules that may cover items of one tracker, found by value rather than tried one by one. */
interface TrackerRules {
  byValue: Map<string, IndexedRule[]>;
  patterns: IndexedRule[];
  /** The kinds of value rule there are: an item's values of other kinds are not even read. */
  kinds: Set<ValueKind | PathKind>;
}

type ValueKind = (typeof VALUE_KINDS)[number];
type PathKind = 'area-path' | 'iteration-path';

export interface RuleIndex {
  /** The enabled rules that cover an item, in the order the rules were given. */
  matching(ref: ItemIdParts, facts: ItemFacts | undefined): readonly Rule[];
}

/**
 * Indexes rules so that an item is matched by a few map lookups, whatever
 * the number of rules: a value rule is found under its kind and value, a
 * path rule under its path (an item is looked up under its path and each
 * parent path), and only key patterns run one by one, each compiled once.
 */
export function indexRules(rules: readonly Rule[], keyPatternOf: KeyPatternOf): RuleIndex {
  const byTracker = new Map<Tracker, TrackerRules>();
  rules.forEach((rule, order) => {
    if (!rule.enabled) return;
    let entry = byTracker.get(rule.tracker);
    if (!entry) {
      entry = { byValue: new Map(), patterns: [], kinds: new Set() };
      byTracker.set(rule.tracker, entry);
    }
    const { kind, value, scope } = rule.match;
    const indexed: IndexedRule = {
      rule,
      order,
      site: rule.site === undefined ? undefined : normalizeSite(rule.tracker, rule.site),
      pattern: kind === 'key-pattern' ? keyPatternOf(rule) : null,
    };
    if (kind === 'key-pattern') {
      entry.patterns.push(indexed);
      return;
    }
    const key =
      kind === 'area-path' || kind === 'iteration-path'
        ? `${kind}:${scope ?? 'under'}:${trimPath(value)}`
        : `${kind}:${value.toLowerCase()}`;
    const list = entry.byValue.get(key);
    if (list) list.push(indexed);
    else entry.byValue.set(key, [indexed]);
    entry.kinds.add(kind);
  });

  // Asked of every item a request or a tab resolves (2,000 at once): nothing is allocated for an item no rule covers.
  return {
    matching(ref, facts = NO_FACTS) {
      const entry = byTracker.get(ref.tracker);
      if (!entry) return NO_RULES;
      let found: IndexedRule[] | null = null;
      for (const kind of entry.kinds) {
        if (kind === 'area-path' || kind === 'iteration-path') {
          const path = kind === 'area-path' ? facts.areaPath : facts.iterationPath;
          if (path === undefined) continue;
          found = onSite(entry.byValue.get(`${kind}:exact:${trimPath(path)}`), ref.site, found);
          for (const under of pathAndParents(path))
            found = onSite(entry.byValue.get(`${kind}:under:${under}`), ref.site, found);
          continue;
        }
        for (const value of valuesFor(kind, ref, facts))
          found = onSite(entry.byValue.get(`${kind}:${value.toLowerCase()}`), ref.site, found);
      }
      for (const indexed of entry.patterns)
        if (indexed.pattern?.test(ref.key)) found = onSite([indexed], ref.site, found);
      if (!found) return NO_RULES;
      return found.sort((a, b) => a.order - b.order).map((indexed) => indexed.rule);
    },
  };
}

/** Adds the rules of `candidates` for the item's site to `found`, once each; a list only once there is one. */
function onSite(
  candidates: readonly IndexedRule[] | undefined,
  site: string,
  found: IndexedRule[] | null,
): IndexedRule[] | null {
  if (!candidates) return found;
  for (const indexed of candidates) {
    if (indexed.site !== undefined && indexed.site !== site) continue;
    if (!found) found = [indexed];
    else if (!found.includes(indexed)) found.push(indexed);
  }
  return found;
}

const NO_FACTS: ItemFacts = {};
const NO_RULES: readonly Rule[] = [];

const VALUE_KINDS = [
  'project',
  'label',
  'tag',
  'component',
  'parent',
  'issue-type',
  'work-item-type',
  'asana-project',
  'asana-section',
] as const;
