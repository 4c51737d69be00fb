import { t } from '../i18n/catalogue';
import { type Objective, ObjectiveSchema, type ObjectiveStatus } from '../model/objective';
import { addIssues, addProblem, type FormResult, hasProblems, noProblems } from './form-problems';
import { optionalText } from './form-values';

export type ObjectiveField =
  | 'code'
  | 'title'
  | 'themeId'
  | 'parentId'
  | 'owner'
  | 'status'
  | 'periodStart'
  | 'periodEnd'
  | 'url'
  | 'description'
  | 'inherit';

/** The objective form as typed: every field a string, `''` for "none"; `inherit` is `'yes'` or `''`. */
export type ObjectiveFormValues = Record<ObjectiveField, string>;

/** Where the schema's and the database's field paths show in the form. */
export const OBJECTIVE_FIELD_OF_PATH: Readonly<Record<string, ObjectiveField>> = {
  code: 'code',
  title: 'title',
  themeId: 'themeId',
  parentId: 'parentId',
  owner: 'owner',
  status: 'status',
  'period.start': 'periodStart',
  'period.end': 'periodEnd',
  period: 'periodEnd',
  url: 'url',
  description: 'description',
  inherit: 'inherit',
};

/** The form filled from a stored objective, or empty for a new one (active, in the given theme). */
export function objectiveFormValues(objective?: Objective, defaults: { themeId?: string } = {}): ObjectiveFormValues {
  return {
    code: objective?.code ?? '',
    title: objective?.title ?? '',
    themeId: objective ? (objective.themeId ?? '') : (defaults.themeId ?? ''),
    parentId: objective?.parentId ?? '',
    owner: objective?.owner ?? '',
    status: objective?.status ?? 'active',
    periodStart: objective?.period?.start ?? '',
    periodEnd: objective?.period?.end ?? '',
    url: objective?.url ?? '',
    description: objective?.description ?? '',
    inherit: objective?.inherit === false ? '' : 'yes',
  };
}

/**
 * Reads the form into the objective to save, checked with the same schema
 * the database uses. Editing keeps what the form does not show (archived).
 */
export function parseObjectiveForm(
  values: ObjectiveFormValues,
  identity: { id: string; stored?: Objective },
): FormResult<Objective, ObjectiveField> {
  const problems = noProblems<ObjectiveField>();
  const start = optionalText(values.periodStart);
  const end = optionalText(values.periodEnd);
  if (start && !end) addProblem(problems, OBJECTIVE_FIELD_OF_PATH, 'period.end', t('objectiveForm_mustBeGivenWithA'));
  if (end && !start)
    addProblem(problems, OBJECTIVE_FIELD_OF_PATH, 'period.start', t('objectiveForm_mustBeGivenWithAn'));
  const owner = optionalText(values.owner);
  const url = optionalText(values.url);
  const description = values.description.trim() === '' ? undefined : values.description;
  const candidate = {
    id: identity.id,
    code: values.code.trim(),
    title: values.title,
    themeId: values.themeId || null,
    parentId: values.parentId || null,
    ...(owner !== undefined && { owner }),
    status: values.status as ObjectiveStatus,
    ...(start && end && { period: { start, end } }),
    ...(url !== undefined && { url }),
    ...(description !== undefined && { description }),
    ...(identity.stored?.archived !== undefined && { archived: identity.stored.archived }),
    // Stored only when turned off, so objectives of version 1 packs and new ones read alike.
    ...(values.inherit !== 'yes' && { inherit: false }),
  };
  const result = ObjectiveSchema.safeParse(candidate);
  if (!result.success) addIssues(problems, OBJECTIVE_FIELD_OF_PATH, result.error.issues);
  if (candidate.parentId === identity.id)
    addProblem(problems, OBJECTIVE_FIELD_OF_PATH, 'parentId', t('objectiveForm_makesTheObjectiveItsOwn'));
  if (hasProblems(problems) || !result.success) return { ok: false, problems };
  return { ok: true, record: result.data };
}
