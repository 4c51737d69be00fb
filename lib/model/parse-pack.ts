import type { z } from 'zod';
import { t } from '../i18n/catalogue';
import type { FieldProblem } from '../messages/user-error';
import { PACK_FORMAT, PACK_VERSION, type Pack, PackSchema } from './pack';

export type PackParseResult = { ok: true; pack: Pack } | { ok: false; errors: string[] };

/**
 * Older pack versions and how each becomes the next, keeping its meaning.
 * Version 2 added exclusions; its key patterns without a syntax are regular
 * expressions and its paths without a scope cover what is under them, as
 * version 1 meant.
 */
const MIGRATIONS: Record<number, (pack: Record<string, unknown>) => Record<string, unknown>> = {
  1: (pack) => ({ ...pack, version: 2, exclusions: [] }),
};

const MAX_ERRORS = 20;

/** `objectives[2].code: code "GROW-2" is already used by objectives[0]` */
export function formatIssue(issue: Pick<z.core.$ZodIssue, 'path' | 'message' | 'code'> & { keys?: string[] }): string {
  let path = '';
  for (const segment of issue.path)
    path += typeof segment === 'number' ? `[${segment}]` : `${path ? '.' : ''}${String(segment)}`;
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    const at = path ? `${path}.` : '';
    return issue.keys.map((key) => `${at}${key}: ${t('issue_unknownField')}`).join('\n');
  }
  return path ? `${path}: ${issue.message}` : issue.message;
}

export function formatIssues(error: z.ZodError): string[] {
  const lines = error.issues.flatMap((issue) => formatIssue(issue as Parameters<typeof formatIssue>[0]).split('\n'));
  return lines.length > MAX_ERRORS
    ? [...lines.slice(0, MAX_ERRORS), t('parsePack_moreProblems', lines.length - MAX_ERRORS)]
    : lines;
}

/** Schema issues as reasons on dotted paths (`period.end`), as a form names its fields. */
export function issueProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code !== 'unrecognized_keys') return [{ path, message: issue.message }];
    return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, message: t('issue_unknownField') }));
  });
}

/** Packs that came out of `parsePack`, whose own consistency (ids, references, cycles) the schema checked. */
const checked = new WeakSet<Pack>();

/** Whether the pack came out of `parsePack`, so that `packIntegrityProblems` found nothing in it. */
export function isCheckedPack(pack: Pack): boolean {
  return checked.has(pack);
}

/** Validates a parsed JSON value as a pack: all of it, or a list of readable reasons. */
export function parsePack(value: unknown): PackParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, errors: [t('parsePack_notAnObject')] };
  const record = value as Record<string, unknown>;
  if (record.format !== PACK_FORMAT) return { ok: false, errors: [t('parsePack_notAPack', PACK_FORMAT)] };
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, errors: [`version: ${t('parsePack_versionNumber')}`] };
  if (version > PACK_VERSION)
    return {
      ok: false,
      errors: [t('parsePack_newerVersion', version, PACK_VERSION)],
    };
  let current = record;
  for (let v = version; v < PACK_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return { ok: false, errors: [t('parsePack_unreadableVersion', v)] };
    current = migrate(current);
  }
  const result = PackSchema.safeParse(current);
  if (!result.success) return { ok: false, errors: formatIssues(result.error) };
  checked.add(result.data);
  return { ok: true, pack: result.data };
}

/** Parses the text of a pack file. */
export function parsePackText(text: string): PackParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [t('parsePack_notJson', (error as Error).message)] };
  }
  return parsePack(value);
}
