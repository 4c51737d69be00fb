import { t } from '../i18n/catalogue';
import type { Rule, RuleMatchKind } from '../model/rule';

/** What each kind of rule matches, in words; getters, so that the catalogue is read when a label shows. */
export const RULE_KIND_LABELS: Record<RuleMatchKind, string> = {
  get project() {
    return t('ruleKind_project');
  },
  get 'key-pattern'() {
    return t('ruleKind_keyPattern');
  },
  get label() {
    return t('ruleKind_label');
  },
  get component() {
    return t('ruleKind_component');
  },
  get parent() {
    return t('ruleKind_parent');
  },
  get 'issue-type'() {
    return t('ruleKind_issueType');
  },
  get 'area-path'() {
    return t('ruleKind_areaPath');
  },
  get 'iteration-path'() {
    return t('ruleKind_iterationPath');
  },
  get tag() {
    return t('ruleKind_tag');
  },
  get 'work-item-type'() {
    return t('ruleKind_workItemType');
  },
  get 'asana-project'() {
    return t('ruleKind_asanaProject');
  },
  get 'asana-section'() {
    return t('ruleKind_asanaSection');
  },
};

/** What a rule is called: its name, or what it matches ("label checkout", "area path A\B and below"). */
export function ruleLabel(rule: Pick<Rule, 'name' | 'match'>): string {
  if (rule.name) return rule.name;
  const { kind, value, scope } = rule.match;
  const below = (kind === 'area-path' || kind === 'iteration-path') && scope !== 'exact';
  return t(below ? 'ruleLabel_kindValueAndBelow' : 'ruleLabel_kindValue', RULE_KIND_LABELS[kind], value);
}
