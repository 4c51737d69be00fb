import type { Rule, RuleMatchKind } from '../model/rule';

export const RULE_KIND_LABELS: Record<RuleMatchKind, string> = {
  project: 'project',
  'key-pattern': 'key pattern',
  label: 'label',
  component: 'component',
  parent: 'parent or epic',
  'issue-type': 'issue type',
  'area-path': 'area path',
  'iteration-path': 'iteration path',
  tag: 'tag',
  'work-item-type': 'work item type',
  'asana-project': 'Asana project',
  'asana-section': 'section',
};

/** What a rule is called: its name, or what it matches ("label checkout", "area path A\B and below"). */
export function ruleLabel(rule: Pick<Rule, 'name' | 'match'>): string {
  if (rule.name) return rule.name;
  const { kind, value, scope } = rule.match;
  const below = (kind === 'area-path' || kind === 'iteration-path') && scope !== 'exact' ? ' and below' : '';
  return `${RULE_KIND_LABELS[kind]} ${value}${below}`;
}
