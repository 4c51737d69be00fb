import { describe, expect, it } from 'vitest';
import { refusalProblems } from '../../../lib/catalogue/form-problems';
import {
  OBJECTIVE_FIELD_OF_PATH,
  objectiveFormValues,
  parseObjectiveForm,
} from '../../../lib/catalogue/objective-form';
import { createDatabase } from '../../../lib/db/database';
import { saveObjective } from '../../../lib/db/objectives';
import type { UserError } from '../../../lib/messages/user-error';
import type { Objective } from '../../../lib/model/objective';

const stored: Objective = {
  id: 'ob-grow-2',
  code: 'GROW-2',
  title: 'Increase self-serve revenue',
  themeId: 'th-growth',
  parentId: 'ob-grow-1',
  owner: 'Dana Smith',
  status: 'at-risk',
  period: { start: '2026-01-01', end: '2026-12-31' },
  url: 'https://intranet.example.com/strategy/grow-2',
  description: 'Shift new business\nto self-serve.',
  archived: true,
};

describe('objective form', () => {
  it('round-trips a stored objective, keeping what the form does not show', () => {
    const result = parseObjectiveForm(objectiveFormValues(stored), { id: stored.id, stored });
    expect(result).toEqual({ ok: true, record: stored });
  });

  it('starts a new objective active, in the theme given, with nothing else', () => {
    const values = { ...objectiveFormValues(undefined, { themeId: 'th-growth' }), code: ' CX-9 ', title: ' Delight ' };
    expect(parseObjectiveForm(values, { id: 'ob-new' })).toEqual({
      ok: true,
      record: { id: 'ob-new', code: 'CX-9', title: 'Delight', themeId: 'th-growth', parentId: null, status: 'active' },
    });
  });

  it('names every field that is wrong, with the schema messages', () => {
    const values = {
      ...objectiveFormValues(),
      code: 'GROW 2',
      title: '  ',
      periodStart: '2026-12-31',
      periodEnd: '2026-01-01',
      url: 'javascript:alert(1)',
    };
    const result = parseObjectiveForm(values, { id: 'ob-new' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.fields).toEqual({
      code: 'must be 1–24 letters, digits, "-" or "_"',
      title: 'must not be empty',
      periodEnd: 'must not end before it starts',
      url: 'must be an http:// or https:// address',
    });
  });

  it('asks for both ends of a period, and refuses the objective as its own parent', () => {
    const values = { ...objectiveFormValues(stored), periodEnd: '', parentId: stored.id };
    const result = parseObjectiveForm(values, { id: stored.id, stored });
    expect(result.ok ? null : result.problems.fields).toEqual({
      periodEnd: 'must be given with a start date',
      parentId: 'makes the objective its own ancestor',
    });
    const onlyEnd = parseObjectiveForm({ ...objectiveFormValues(stored), periodStart: '' }, { id: stored.id });
    expect(onlyEnd.ok ? null : onlyEnd.problems.fields).toEqual({ periodStart: 'must be given with an end date' });
  });

  it('places the database refusal of a clashing code on the code field', async () => {
    const db = createDatabase();
    await saveObjective(db, { ...stored, themeId: undefined, parentId: undefined });
    const refused = await saveObjective(db, {
      id: 'ob-other',
      code: 'grow-2',
      title: 'Another',
      status: 'active',
    }).then(
      () => null,
      (error: UserError) => ({ error: error.message, ...error.detail }),
    );
    await db.delete();
    const problems = refusalProblems(refused!, OBJECTIVE_FIELD_OF_PATH);
    expect(problems).toEqual({
      fields: { code: '"grow-2" is already used by objective "Increase self-serve revenue"' },
      other: [],
    });
  });
});
