import { addIssues, addProblem, type FormResult, noProblems } from '../catalogue/form-problems';
import { labelsOf, t } from '../i18n/catalogue';
import type { Tracker } from '../model/item-id';
import { ruleSignature } from '../model/pack';
import { PATH_RULE_KINDS, RULE_KIND_TRACKERS, type Rule, type RuleMatchKind, RuleSchema } from '../model/rule';

export type RuleField =
  | 'name'
  | 'objectiveId'
  | 'targetId'
  | 'tracker'
  | 'site'
  | 'kind'
  | 'value'
  | 'syntax'
  | 'scope'
  | 'enabled';

/** The rule form as typed; `targetId` and `site` are `''` when not given, `enabled` is `'yes'` or `''`. */
export type RuleFormValues = Record<RuleField, string>;

export const RULE_FIELD_OF_PATH: Readonly<Record<string, RuleField>> = {
  name: 'name',
  objectiveId: 'objectiveId',
  targetId: 'targetId',
  tracker: 'tracker',
  site: 'site',
  'match.kind': 'kind',
  match: 'value',
  'match.value': 'value',
  'match.syntax': 'syntax',
  'match.scope': 'scope',
  enabled: 'enabled',
};

/** The kinds of rule a tracker has, in the order the form offers them. */
export function kindsFor(tracker: Tracker): RuleMatchKind[] {
  return (Object.keys(RULE_KIND_TRACKERS) as RuleMatchKind[]).filter((kind) =>
    RULE_KIND_TRACKERS[kind].includes(tracker),
  );
}

/** What the value of each kind of rule is, as the form labels it; getters, so that the catalogue is read when it shows. */
export const VALUE_LABELS = labelsOf<RuleMatchKind>({
  project: 'ruleForm_value_project',
  'key-pattern': 'ruleForm_value_keyPattern',
  label: 'ruleForm_value_label',
  component: 'ruleForm_value_component',
  parent: 'ruleForm_value_parent',
  'issue-type': 'ruleForm_value_issueType',
  'area-path': 'ruleForm_value_areaPath',
  'iteration-path': 'ruleForm_value_iterationPath',
  tag: 'ruleForm_value_tag',
  'work-item-type': 'ruleForm_value_workItemType',
  'asana-project': 'ruleForm_value_asanaProject',
  'asana-section': 'ruleForm_value_asanaSection',
});

export function ruleFormValues(rule?: Rule, objectiveId = ''): RuleFormValues {
  return {
    name: rule?.name ?? '',
    objectiveId: rule?.objectiveId ?? objectiveId,
    targetId: rule?.targetId ?? '',
    tracker: rule?.tracker ?? 'jira',
    site: rule?.site ?? '',
    kind: rule?.match.kind ?? 'project',
    value: rule?.match.value ?? '',
    // New key patterns are globs; a stored one without a syntax is a regular expression (pack version 1).
    syntax: rule ? (rule.match.syntax ?? 'regex') : 'glob',
    scope: rule?.match.scope ?? 'under',
    enabled: rule === undefined || rule.enabled ? 'yes' : '',
  };
}

/**
 * Reads the form into the rule to save: checked with the rule schema, and
 * refused when another rule already matches the same work for the same
 * objective (the database refuses it too).
 */
export function parseRuleForm(
  values: RuleFormValues,
  id: string,
  others: readonly Rule[],
): FormResult<Rule, RuleField> {
  const kind = values.kind as RuleMatchKind;
  const candidate = {
    id,
    ...(values.name.trim() !== '' && { name: values.name }),
    objectiveId: values.objectiveId,
    ...(values.targetId !== '' && { targetId: values.targetId }),
    tracker: values.tracker,
    ...(values.site.trim() !== '' && { site: values.site.trim() }),
    match: {
      kind,
      value: values.value,
      ...(kind === 'key-pattern' && { syntax: values.syntax }),
      ...(PATH_RULE_KINDS.has(kind) && { scope: values.scope }),
    },
    enabled: values.enabled === 'yes',
  };
  const result = RuleSchema.safeParse(candidate);
  const problems = noProblems<RuleField>();
  if (!result.success) addIssues(problems, RULE_FIELD_OF_PATH, result.error.issues);
  if (values.objectiveId === '') problems.fields.objectiveId = t('ruleForm_chooseTheObjective');
  if (!result.success || problems.fields.objectiveId) return { ok: false, problems };
  const signature = ruleSignature(result.data);
  const twin = others.find((other) => other.id !== id && ruleSignature(other) === signature);
  if (twin) {
    addProblem(problems, RULE_FIELD_OF_PATH, 'match.value', t('ruleForm_anotherRuleMatches'));
    return { ok: false, problems };
  }
  return { ok: true, record: result.data };
}
