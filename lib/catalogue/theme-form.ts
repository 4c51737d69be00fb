import { type Theme, ThemeSchema } from '../model/theme';
import { addIssues, type FormResult, noProblems } from './form-problems';

export type ThemeField = 'name' | 'color' | 'description';

/** The theme form as typed; `color` is `''` for a theme without a colour. */
export type ThemeFormValues = Record<ThemeField, string>;

export const THEME_FIELD_OF_PATH: Readonly<Record<string, ThemeField>> = {
  name: 'name',
  color: 'color',
  description: 'description',
};

export function themeFormValues(theme?: Theme): ThemeFormValues {
  return { name: theme?.name ?? '', color: theme?.color ?? '', description: theme?.description ?? '' };
}

/** Reads the form into the theme to save, checked with the theme schema. */
export function parseThemeForm(values: ThemeFormValues, id: string): FormResult<Theme, ThemeField> {
  const candidate = {
    id,
    name: values.name,
    ...(values.color !== '' && { color: values.color }),
    ...(values.description.trim() !== '' && { description: values.description }),
  };
  const result = ThemeSchema.safeParse(candidate);
  if (result.success) return { ok: true, record: result.data };
  return { ok: false, problems: addIssues(noProblems(), THEME_FIELD_OF_PATH, result.error.issues) };
}
