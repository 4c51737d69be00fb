import { labelsOf, t } from '../i18n/catalogue';
import type { Rule, RuleMatchKind } from '../model/rule';

/** What each kind of rule matches, in words; getters, so that the catalogue is read when a label shows. */
export const RULE_KIND_LABELS = labelsOf<RuleMatchKind>({
  project: 'ruleKind_project',
  'key-pattern': 'ruleKind_keyPattern',
  label: 'ruleKind_label',
  component: 'ruleKind_component',
  parent: 'ruleKind_parent',
  'issue-type': 'ruleKind_issueType',
  'area-path': 'ruleKind_areaPath',
  'iteration-path': 'ruleKind_iterationPath',
  tag: 'ruleKind_tag',
  'work-item-type': 'ruleKind_workItemType',
  'asana-project': 'ruleKind_asanaProject',
  'asana-section': 'ruleKind_asanaSection',
});

/** What a rule is called: its name, or what it matches ("label checkout", "area path A\B and below"). */
export function ruleLabel(rule: Pick<Rule, 'name' | 'match'>): string {
  if (rule.name) return rule.name;
  const { kind, value, scope } = rule.match;
  const below = (kind === 'area-path' || kind === 'iteration-path') && scope !== 'exact';
  return t(below ? 'ruleLabel_kindValueAndBelow' : 'ruleLabel_kindValue', RULE_KIND_LABELS[kind], value);
}
