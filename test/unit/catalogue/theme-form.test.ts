import { describe, expect, it } from 'vitest';
import { parseThemeForm, themeFormValues } from '../../../lib/catalogue/theme-form';

describe('theme form', () => {
  it('round-trips a theme and leaves out an empty colour and description', () => {
    const theme = { id: 'th-1', name: 'Growth', color: '#1f6feb', description: 'More revenue.' };
    expect(parseThemeForm(themeFormValues(theme), theme.id)).toEqual({ ok: true, record: theme });
    expect(parseThemeForm({ name: ' Ops ', color: '', description: ' ' }, 'th-2')).toEqual({
      ok: true,
      record: { id: 'th-2', name: 'Ops' },
    });
  });

  it('names the fields that are wrong', () => {
    const result = parseThemeForm({ name: '', color: 'red', description: '' }, 'th-1');
    expect(result.ok ? null : result.problems.fields).toEqual({
      name: 'must not be empty',
      color: 'must be a colour written #rrggbb',
    });
  });
});
