import type { ItemContext } from '../model/annotation';
import { type ItemIdParts, normalizeSite } from '../model/item-id';
import type { Rule } from '../model/rule';

/**
 * Compiled key patterns, keyed by rule id and pattern so that editing a
 * rule's pattern never reuses the old expression. `null` marks a pattern
 * that does not compile: such a rule matches nothing rather than throwing.
 */
const patterns = new Map<string, RegExp | null>();

function keyPattern(rule: Rule): RegExp | null {
  const cacheKey = `${rule.id}\u0000${rule.match.value}`;
  let pattern = patterns.get(cacheKey);
  if (pattern === undefined) {
    try {
      pattern = new RegExp(rule.match.value);
    } catch {
      pattern = null;
    }
    patterns.set(cacheKey, pattern);
  }
  return pattern;
}

const sameText = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Jira project keys are the part of an issue key before its number. */
function jiraProject(key: string): string {
  return key.slice(0, key.lastIndexOf('-'));
}

/** Area paths are backslash-separated: `A\B` covers `A\B` and `A\B\C`, never `A\Bc`. */
function isUnderAreaPath(path: string, prefix: string): boolean {
  const lowerPath = path.toLowerCase();
  const lowerPrefix = prefix.replace(/\\+$/, '').toLowerCase();
  return lowerPath === lowerPrefix || lowerPath.startsWith(`${lowerPrefix}\\`);
}

/** Whether a rule covers an item, given what the page told us about it. */
export function ruleMatches(rule: Rule, ref: ItemIdParts, context: ItemContext = {}): boolean {
  if (!rule.enabled || rule.tracker !== ref.tracker) return false;
  if (rule.site !== undefined && normalizeSite(rule.tracker, rule.site) !== ref.site) return false;
  const { value } = rule.match;
  switch (rule.match.kind) {
    case 'project':
      return sameText(jiraProject(ref.key), value);
    case 'key-pattern':
      return keyPattern(rule)?.test(ref.key) ?? false;
    case 'label':
      return context.labels?.some((label) => sameText(label, value)) ?? false;
    case 'parent':
      // Jira keys are case-insensitive in Jira itself; Asana and Azure DevOps parents are numbers.
      return context.parent !== undefined && sameText(context.parent, value);
    case 'area-path':
      return context.areaPath !== undefined && isUnderAreaPath(context.areaPath, value);
    case 'asana-project':
      return context.projects?.includes(value) ?? false;
  }
}
