import type { FieldProblem } from '../messages/user-error';

/**
 * What is wrong with a form: one message per field (the first found), and
 * whatever names no field of the form. Messages read after the field's
 * label, as the model's do: "Title" + "must not be empty".
 */
export interface FormProblems<F extends string> {
  fields: Partial<Record<F, string>>;
  other: string[];
}

/** A form read into a record, or the problems that stop it. */
export type FormResult<R, F extends string> = { ok: true; record: R } | { ok: false; problems: FormProblems<F> };

export interface PathIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

export function noProblems<F extends string>(): FormProblems<F> {
  return { fields: {}, other: [] };
}

export function hasProblems(problems: FormProblems<string>): boolean {
  return Object.keys(problems.fields).length > 0 || problems.other.length > 0;
}

/** Records a problem at a dotted path (`period.end`), on its field when the form has one. */
export function addProblem<F extends string>(
  problems: FormProblems<F>,
  fieldOfPath: Readonly<Record<string, F>>,
  path: string,
  message: string,
): void {
  const field = Object.hasOwn(fieldOfPath, path) ? fieldOfPath[path] : undefined;
  if (field === undefined) problems.other.push(path ? `${path}: ${message}` : message);
  else problems.fields[field] ??= message;
}

/** Schema issues (Zod's `error.issues`) placed on the form's fields. */
export function addIssues<F extends string>(
  problems: FormProblems<F>,
  fieldOfPath: Readonly<Record<string, F>>,
  issues: readonly PathIssue[],
): FormProblems<F> {
  for (const issue of issues) addProblem(problems, fieldOfPath, issue.path.map(String).join('.'), issue.message);
  return problems;
}

/**
 * The database's refusal of a save, placed on the form's fields: each of its
 * problems names the field it is about. A refusal without problems (the
 * background unreachable, a record of a subscribed pack) is kept whole.
 */
export function refusalProblems<F extends string>(
  refused: { error: string; problems?: readonly FieldProblem[] },
  fieldOfPath: Readonly<Record<string, F>>,
): FormProblems<F> {
  const problems = noProblems<F>();
  if (!refused.problems?.length) problems.other.push(refused.error);
  else for (const { path, message } of refused.problems) addProblem(problems, fieldOfPath, path, message);
  return problems;
}
