import { describe, expect, it } from 'vitest';
import type { Rule } from '../../../lib/model/rule';
import { kindsFor, parseRuleForm, ruleFormValues } from '../../../lib/rules/rule-form';

const existing: Rule = {
  id: 'ru-1',
  objectiveId: 'ob-1',
  tracker: 'jira',
  match: { kind: 'label', value: 'checkout' },
  enabled: true,
};

describe('rule form', () => {
  it('offers the kinds each tracker has', () => {
    expect(kindsFor('azure-devops')).toEqual([
      'key-pattern',
      'parent',
      'area-path',
      'iteration-path',
      'tag',
      'work-item-type',
    ]);
    expect(kindsFor('asana')).toEqual(['key-pattern', 'parent', 'tag', 'asana-project', 'asana-section']);
  });

  it('reads a new rule: a glob key pattern on by default, with only the options of its kind', () => {
    const values = { ...ruleFormValues(undefined, 'ob-1'), kind: 'key-pattern', value: 'PAY-*' };
    expect(parseRuleForm(values, 'ru-2', [existing])).toEqual({
      ok: true,
      record: {
        id: 'ru-2',
        objectiveId: 'ob-1',
        tracker: 'jira',
        match: { kind: 'key-pattern', value: 'PAY-*', syntax: 'glob' },
        enabled: true,
      },
    });
    const path = {
      ...ruleFormValues(undefined, 'ob-1'),
      tracker: 'azure-devops',
      kind: 'area-path',
      value: 'A\\B',
      scope: 'exact',
    };
    const read = parseRuleForm(path, 'ru-3', []);
    expect(read.ok && read.record.match).toEqual({ kind: 'area-path', value: 'A\\B', scope: 'exact' });
  });

  it('keeps a stored key pattern without a syntax a regular expression', () => {
    const stored: Rule = { ...existing, match: { kind: 'key-pattern', value: '^PAY-\\d+$' } };
    expect(ruleFormValues(stored).syntax).toBe('regex');
  });

  it('puts each problem on its field: no objective, an empty value, a pattern that could hang, a duplicate', () => {
    const blank = parseRuleForm(ruleFormValues(), 'ru-2', []);
    expect(!blank.ok && blank.problems.fields).toEqual({
      objectiveId: 'choose the objective the work serves',
      value: 'must not be empty',
    });
    const hostile = parseRuleForm(
      {
        ...ruleFormValues(undefined, 'ob-1'),
        kind: 'key-pattern',
        syntax: 'regex',
        value: '^(((([A-Z0-9_-]+)+)+)+)+x$',
      },
      'ru-2',
      [],
    );
    expect(!hostile.ok && hostile.problems.fields.value).toMatch(/^is not a usable key pattern: nested repetition/);
    const twin = parseRuleForm({ ...ruleFormValues(existing), value: 'Checkout' }, 'ru-9', [existing]);
    expect(!twin.ok && twin.problems.fields.value).toBe('another rule already matches this work for this objective');
    expect(parseRuleForm(ruleFormValues(existing), existing.id, [existing]).ok).toBe(true);
  });
});
