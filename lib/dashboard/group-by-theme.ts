import type { Theme } from '../model/theme';

export interface ThemeGroup<T> {
  /** `null` for records with no theme, or a theme that is gone. */
  theme: Theme | null;
  records: T[];
}

const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Records under their themes, themes by name and records in the order given;
 * those without a theme come last. Themes with no records are kept only when
 * asked for (a summary lists every theme, a to-do list only those with work).
 */
export function groupByTheme<T extends { themeId?: string | null }>(
  records: readonly T[],
  themes: readonly Theme[],
  keepEmptyThemes: boolean,
): ThemeGroup<T>[] {
  const groups = new Map<string, ThemeGroup<T>>();
  for (const theme of [...themes].sort((a, b) => byName.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)))
    groups.set(theme.id, { theme, records: [] });
  const unthemed: ThemeGroup<T> = { theme: null, records: [] };
  for (const record of records) {
    const group = record.themeId != null ? groups.get(record.themeId) : undefined;
    (group ?? unthemed).records.push(record);
  }
  return [...groups.values(), unthemed].filter(
    (group) => group.records.length > 0 || (keepEmptyThemes && group.theme !== null),
  );
}
