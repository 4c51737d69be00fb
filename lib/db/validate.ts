import type { z } from 'zod';
import { t } from '../i18n/catalogue';
import { type FieldProblem, UserError } from '../messages/user-error';
import { issueProblems } from '../model/parse-pack';

/**
 * A save that cannot happen. The message names each reason's field
 * (`code: …`) for where it is read whole; the problems carry the same
 * reasons for a form to place on its fields.
 */
export function refusal(what: string, problems: readonly FieldProblem[]): UserError {
  const reasons = problems.map(({ path, message }) => (path ? `${path}: ${message}` : message));
  return new UserError(t('validate_cannotSave', what, reasons.join('; ')), { problems: [...problems] });
}

/**
 * A record without its `undefined` fields. Zod keeps a key given as
 * `undefined`, and IndexedDB would store it, so a record saved from a form
 * would then differ from the same record imported from a pack. A record
 * with none is returned as it is: an import passes 145,000 of them here,
 * nearly all without one.
 */
export function withoutUndefined<T extends object>(record: T): T {
  const fields = record as Record<string, unknown>;
  for (const key in fields)
    if (fields[key] === undefined)
      return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
  return record;
}

/** Parses a record about to be stored, turning schema problems into a refusal the user can read. */
export function validated<S extends z.ZodType<object>>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw refusal(what, issueProblems(result.error));
  return withoutUndefined(result.data);
}
