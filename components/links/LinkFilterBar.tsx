import { t } from '../../lib/i18n/catalogue';
import type { FilterChoices, LinkFilter } from '../../lib/links/link-filter';
import { isTracker } from '../../lib/model/item-id';
import { TRACKER_NAMES } from './tracker-names';

interface Props {
  filter: LinkFilter;
  choices: FilterChoices;
  /** While the links load, the lists have nothing to offer yet. */
  disabled?: boolean;
  onChange(filter: LinkFilter): void;
}

/** The Links view's filters: objective, tracker, site and free text, applied as they change. */
export function LinkFilterBar({ filter, choices, disabled, onChange }: Props) {
  const set = (changes: Partial<LinkFilter>) => onChange({ ...filter, ...changes });
  return (
    <search class="link-filters" aria-label={t('linkFilterBar_filterLinks')}>
      <div class="link-filter">
        <label for="links-filter-objective">{t('linkFilterBar_objective')}</label>
        <select
          disabled={disabled}
          id="links-filter-objective"
          value={filter.objectiveId}
          onChange={(event) => set({ objectiveId: (event.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{t('linkFilterBar_allObjectives')}</option>
          {choices.objectives.map((objective) => (
            <option key={objective.id} value={objective.id}>
              {objective.title ? `${objective.code} · ${objective.title}` : objective.code}
            </option>
          ))}
        </select>
      </div>
      <div class="link-filter">
        <label for="links-filter-tracker">{t('linkFilterBar_tracker')}</label>
        <select
          disabled={disabled}
          id="links-filter-tracker"
          value={filter.tracker}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value;
            set({ tracker: isTracker(value) ? value : '' });
          }}
        >
          <option value="">{t('linkFilterBar_allTrackers')}</option>
          {choices.trackers.map((tracker) => (
            <option key={tracker} value={tracker}>
              {TRACKER_NAMES[tracker]}
            </option>
          ))}
        </select>
      </div>
      <div class="link-filter">
        <label for="links-filter-site">{t('linkFilterBar_site')}</label>
        <select
          disabled={disabled}
          id="links-filter-site"
          value={filter.site}
          onChange={(event) => set({ site: (event.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{t('linkFilterBar_allSites')}</option>
          {choices.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </div>
      <div class="link-filter link-filters-text">
        <label for="links-filter-text">{t('linkFilterBar_text')}</label>
        <input
          id="links-filter-text"
          type="search"
          value={filter.text}
          placeholder={t('linkFilterBar_keyTitleObjectiveNote')}
          onInput={(event) => set({ text: (event.currentTarget as HTMLInputElement).value })}
        />
      </div>
    </search>
  );
}
