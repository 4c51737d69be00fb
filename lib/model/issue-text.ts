import { z } from 'zod';
import { type MessageKey, type Substitution, t } from '../i18n/catalogue';

/**
 * A schema's own wording for an issue, looked up when the issue is raised:
 * schemas are built when their module loads, before the catalogue is known
 * to be the reader's (and tests swap it).
 */
export function said(key: MessageKey, ...values: Substitution[]): { error: () => string } {
  return { error: () => t(key, ...values) };
}

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Partial<Record<string, MessageKey>> = {
  string: 'issue_typeText',
  number: 'issue_typeNumber',
  int: 'issue_typeWholeNumber',
  boolean: 'issue_typeBoolean',
  array: 'issue_typeList',
  object: 'issue_typeObject',
};

function quoted(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

function sizeIssue(issue: Issue & { code: 'too_big' | 'too_small' }): string {
  const big = issue.code === 'too_big';
  const bound = String(big ? issue.maximum : issue.minimum);
  if (issue.origin === 'string') {
    if (!big && bound === '1') return t('issue_notEmpty');
    return t(big ? 'issue_atMostCharacters' : 'issue_atLeastCharacters', bound);
  }
  if (issue.origin === 'array' || issue.origin === 'set')
    return t(big ? 'issue_atMostEntries' : 'issue_atLeastEntries', bound);
  if (issue.inclusive === false) return t(big ? 'issue_below' : 'issue_above', bound);
  return t(big ? 'issue_atMost' : 'issue_atLeast', bound);
}

/**
 * Zod's own messages, in the catalogue's words: a pack's or a request's
 * problems reach the user, so none of them may be in Zod's English.
 */
export function issueText(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return t('issue_missing');
      const name = TYPE_NAMES[String(issue.expected)];
      return name ? t('issue_mustBeOfType', t(name)) : t('issue_invalid');
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? t('issue_mustBe', quoted(issue.values))
        : t('issue_mustBeOneOf', quoted(issue.values));
    case 'too_big':
    case 'too_small':
      return sizeIssue(issue);
    case 'invalid_format':
      return t('issue_wrongFormat');
    case 'not_multiple_of':
      return t('issue_multipleOf', String(issue.divisor));
    case 'unrecognized_keys':
      return t('issue_unknownField');
    case 'invalid_key':
    case 'invalid_element':
      return t('issue_invalidEntry');
    case 'invalid_union':
      return t('issue_noShapeMatches');
    default:
      return t('issue_invalid');
  }
}

z.config({ customError: issueText });
