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
    <search class="link-filters" aria-label="Filter links">
      <div class="link-filter">
        <label for="links-filter-objective">Objective</label>
        <select
          disabled={disabled}
          id="links-filter-objective"
          value={filter.objectiveId}
          onChange={(event) => set({ objectiveId: (event.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">All objectives</option>
          {choices.objectives.map((objective) => (
            <option key={objective.id} value={objective.id}>
              {objective.title ? `${objective.code} · ${objective.title}` : objective.code}
            </option>
          ))}
        </select>
      </div>
      <div class="link-filter">
        <label for="links-filter-tracker">Tracker</label>
        <select
          disabled={disabled}
          id="links-filter-tracker"
          value={filter.tracker}
          onChange={(event) => {
            const value = (event.currentTarget as HTMLSelectElement).value;
            set({ tracker: isTracker(value) ? value : '' });
          }}
        >
          <option value="">All trackers</option>
          {choices.trackers.map((tracker) => (
            <option key={tracker} value={tracker}>
              {TRACKER_NAMES[tracker]}
            </option>
          ))}
        </select>
      </div>
      <div class="link-filter">
        <label for="links-filter-site">Site</label>
        <select
          disabled={disabled}
          id="links-filter-site"
          value={filter.site}
          onChange={(event) => set({ site: (event.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">All sites</option>
          {choices.sites.map((site) => (
            <option key={site} value={site}>
              {site}
            </option>
          ))}
        </select>
      </div>
      <div class="link-filter link-filters-text">
        <label for="links-filter-text">Text</label>
        <input
          id="links-filter-text"
          type="search"
          value={filter.text}
          placeholder="Key, title, objective, note…"
          onInput={(event) => set({ text: (event.currentTarget as HTMLInputElement).value })}
        />
      </div>
    </search>
  );
}
