import { t } from '../i18n/catalogue';
import { type BenefitTarget, BenefitTargetSchema } from '../model/benefit-target';
import { addIssues, addProblem, type FormResult, hasProblems, noProblems } from './form-problems';
import { numberText, optionalText, parseNumber } from './form-values';

export type TargetField = 'name' | 'unit' | 'kind' | 'direction' | 'baseline' | 'target' | 'dueDate' | 'owner';

export type TargetFormValues = Record<TargetField, string>;

/** Paths the form shows beside a field; others (the objective a refusal names) show above the form. */
export const TARGET_FIELD_OF_PATH: Readonly<Record<string, TargetField>> = {
  name: 'name',
  unit: 'unit',
  kind: 'kind',
  direction: 'direction',
  baseline: 'baseline',
  target: 'target',
  dueDate: 'dueDate',
  owner: 'owner',
};

export function targetFormValues(target?: BenefitTarget): TargetFormValues {
  return {
    name: target?.name ?? '',
    unit: target?.unit ?? '',
    kind: target?.kind ?? 'non-financial',
    direction: target?.direction ?? 'increase',
    baseline: numberText(target?.baseline),
    target: numberText(target?.target),
    dueDate: target?.dueDate ?? '',
    owner: target?.owner ?? '',
  };
}

/** How the two numbers are named for a direction: a band has bounds, a change has a start and a goal. */
export function boundLabels(direction: string): { baseline: string; target: string } {
  return direction === 'keep-within'
    ? { baseline: t('targetForm_lowerBoundBaseline'), target: t('targetForm_upperBoundTarget') }
    : { baseline: t('targetForm_baseline'), target: t('targetForm_target') };
}

/**
 * Reads the form into the benefit target to save, checked with the schema
 * the database uses; its baseline/target rule for the direction shows
 * beside the target even while other fields still have problems.
 */
export function parseTargetForm(
  values: TargetFormValues,
  identity: { id: string; objectiveId: string },
): FormResult<BenefitTarget, TargetField> {
  const problems = noProblems<TargetField>();
  const baseline = parseNumber(values.baseline);
  const target = parseNumber(values.target);
  if (baseline === null) addProblem(problems, TARGET_FIELD_OF_PATH, 'baseline', t('targetForm_mustBeANumber'));
  if (target === null) addProblem(problems, TARGET_FIELD_OF_PATH, 'target', t('targetForm_mustBeANumber'));
  const unit = optionalText(values.unit);
  const dueDate = optionalText(values.dueDate);
  const owner = optionalText(values.owner);
  const candidate = {
    ...identity,
    name: values.name,
    ...(unit !== undefined && { unit }),
    kind: values.kind,
    direction: values.direction,
    baseline: baseline ?? 0,
    target: target ?? 0,
    ...(dueDate !== undefined && { dueDate }),
    ...(owner !== undefined && { owner }),
  };
  const result = BenefitTargetSchema.safeParse(candidate);
  if (!result.success)
    addIssues(
      problems,
      TARGET_FIELD_OF_PATH,
      // With a number missing, the direction rule would judge a stand-in 0; the missing number is the problem.
      result.error.issues.filter((issue) => (baseline !== null && target !== null) || issue.code !== 'custom'),
    );
  if (hasProblems(problems) || !result.success) return { ok: false, problems };
  return { ok: true, record: result.data };
}
