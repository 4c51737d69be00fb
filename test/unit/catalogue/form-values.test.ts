import { describe, expect, it } from 'vitest';
import { localIsoDate, numberText, optionalText, parseNumber } from '../../../lib/catalogue/form-values';
import { newRecordId } from '../../../lib/catalogue/new-id';
import { RecordId } from '../../../lib/model/primitives';

describe('form values', () => {
  it('reads optional text, numbers and dates as a form holds them', () => {
    expect(optionalText('  Dana ')).toBe('Dana');
    expect(optionalText('   ')).toBeUndefined();
    expect(parseNumber(' 1.5e3 ')).toBe(1500);
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('abc')).toBeNull();
    expect(parseNumber('Infinity')).toBeNull();
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(numberText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(numberText(undefined)).toBe('');
  });

  it('makes record ids the schema accepts, a new one each time', () => {
    const id = newRecordId('ob');
    expect(RecordId.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^ob-/);
    expect(newRecordId('ob')).not.toBe(id);
  });
});
