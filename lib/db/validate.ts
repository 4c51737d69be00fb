import type { z } from 'zod';
import { UserError } from '../messages/user-error';
import { formatIssues } from '../model/parse-pack';

/** A save that cannot happen, with each reason naming its field (`code: …`). */
export function refusal(what: string, reasons: readonly string[]): UserError {
  return new UserError(`Cannot save ${what}: ${reasons.join('; ')}`);
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

/** Parses a record about to be stored, turning schema problems into a message for the user. */
export function validated<S extends z.ZodType<object>>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw refusal(what, formatIssues(result.error));
  return withoutUndefined(result.data);
}
