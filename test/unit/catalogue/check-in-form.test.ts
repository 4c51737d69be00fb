import { describe, expect, it } from 'vitest';
import { checkInFormValues, parseCheckInForm } from '../../../lib/catalogue/check-in-form';

const identity = { id: 'ms-1', targetId: 'bt-1' };

describe('check-in form', () => {
  it('starts dated today and stores a percentage confidence as a fraction', () => {
    const values = { ...checkInFormValues(new Date(2026, 9, 31, 12)), value: '1310000', confidence: '70', note: 'Q3' };
    expect(values.at).toBe('2026-10-31');
    expect(parseCheckInForm(values, identity)).toEqual({
      ok: true,
      record: { ...identity, value: 1_310_000, at: '2026-10-31', confidence: 0.7, note: 'Q3' },
    });
  });

  it('leaves out an empty confidence and note', () => {
    const values = { value: '4', at: '2026-10-31', confidence: ' ', note: '  ' };
    expect(parseCheckInForm(values, identity)).toEqual({
      ok: true,
      record: { ...identity, value: 4, at: '2026-10-31' },
    });
  });

  it('names what is wrong', () => {
    const result = parseCheckInForm({ value: '', at: '31/10/2026', confidence: '150', note: '' }, identity);
    expect(result.ok ? null : result.problems.fields).toEqual({
      value: 'must be a number',
      at: 'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp',
      confidence: 'must be a percentage from 0 to 100',
    });
  });
});
