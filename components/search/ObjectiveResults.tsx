import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import type { SearchableObjective } from '../../lib/search/workspace-search';
import { routeHref } from '../../lib/workspace/route';

/** The objectives that match, each leading to its page in the workspace. */
export function ObjectiveResults({ objectives, total }: { objectives: readonly SearchableObjective[]; total: number }) {
  if (total === 0) return null;
  return (
    <section aria-labelledby="search-objectives" class="search-group">
      <h3 id="search-objectives">{t('objectiveResults_objectives')}</h3>
      <ul class="search-results">
        {objectives.map((objective) => (
          <li key={objective.id}>
            <a href={routeHref('objective', objective.id)}>
              <span class="search-code">{objective.code}</span> {objective.title}
            </a>
            <span class="search-meta">
              {[objective.owner, objective.status.replace('-', ' '), objective.archived ? 'archived' : undefined]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      {total > objectives.length && (
        <p class="hint">{t('objectiveResults_showingTheBestOfAdd', objectives.length, readerFormat.number(total))}</p>
      )}
    </section>
  );
}
