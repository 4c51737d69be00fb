import { STATUS_LABELS } from '../../lib/catalogue/labels';
import type { ObjectiveFilter } from '../../lib/catalogue/objective-filter';
import { t } from '../../lib/i18n/catalogue';
import { OBJECTIVE_STATUSES } from '../../lib/model/objective-statuses';
import type { Theme } from '../../lib/model/theme';
import { inputValue } from './Field';

interface Props {
  filter: ObjectiveFilter;
  themes: readonly Theme[];
  onChange(filter: ObjectiveFilter): void;
}

const themeValue = (themeId: ObjectiveFilter['themeId']) =>
  themeId === undefined ? 'all' : themeId === null ? 'none' : `theme:${themeId}`;

/** Theme and status choices and the archived toggle; option values never collide with a theme id. */
export function ObjectiveFilters({ filter, themes, onChange }: Props) {
  return (
    <fieldset class="catalogue-filters">
      <legend class="catalogue-sr-only">{t('objectiveFilters_filterObjectives')}</legend>
      <label>
        {t('objectiveFilters_theme')}
        <select
          value={themeValue(filter.themeId)}
          onChange={(event) => {
            const value = inputValue(event);
            const { themeId: _themeId, ...rest } = filter;
            if (value === 'all') onChange(rest);
            else onChange({ ...rest, themeId: value === 'none' ? null : value.slice('theme:'.length) });
          }}
        >
          <option value="all">{t('objectiveFilters_allThemes')}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={`theme:${theme.id}`}>
              {theme.name}
            </option>
          ))}
          <option value="none">{t('objectiveFilters_noTheme')}</option>
        </select>
      </label>
      <label>
        {t('objectiveFilters_status')}
        <select
          value={filter.status ?? 'all'}
          onChange={(event) => {
            const value = inputValue(event);
            const { status: _status, ...rest } = filter;
            const status = OBJECTIVE_STATUSES.find((candidate) => candidate === value);
            onChange(status ? { ...rest, status } : rest);
          }}
        >
          <option value="all">{t('objectiveFilters_allStatuses')}</option>
          {OBJECTIVE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label class="checkbox">
        <input
          type="checkbox"
          checked={filter.showArchived}
          onChange={(event) => onChange({ ...filter, showArchived: (event.currentTarget as HTMLInputElement).checked })}
        />
        {t('objectiveFilters_showArchived')}
      </label>
    </fieldset>
  );
}
