import { useMemo } from 'preact/hooks';
import { pageDatabase as db } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { tPlural } from '../../lib/i18n/plural';
import { createWorkspaceSearch } from '../../lib/search/workspace-search';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { ItemResults } from './ItemResults';
import { ObjectiveResults } from './ObjectiveResults';
import './search.css';

const RESULTS_PER_GROUP = 50;

/** Results of the header's search box (`#search/<query>`): objectives, then work items the overlay has seen. */
export function SearchSection({ arg }: { arg: string }) {
  const objectives = useLiveQuery(() => db.objectives.toArray(), []);
  const seenItems = useLiveQuery(() => db.seenItems.toArray(), []);
  const search = useMemo(
    () => (objectives && seenItems ? createWorkspaceSearch(objectives, seenItems) : undefined),
    [objectives, seenItems],
  );
  const query = arg.trim();
  const results = useMemo(() => search?.(query, RESULTS_PER_GROUP), [search, query]);

  return (
    <section aria-labelledby="search-heading" class="stack search-section">
      <h2 id="search-heading">{query ? t('searchSection_search', query) : t('searchSection_search2')}</h2>
      {!query ? (
        <p class="hint">{messageParts('searchSection_typeInTheSearchBox', <kbd>/</kbd>)}</p>
      ) : !results ? (
        <p class="pending">{t('searchSection_searching')}</p>
      ) : results.objectiveCount + results.itemCount === 0 ? (
        <div class="search-empty" role="status">
          <h3>{t('searchSection_nothingMatches', query)}</h3>
          <p class="hint">{t('searchSection_checkTheSpellingOrTry')}</p>
        </div>
      ) : (
        <>
          <p class="hint" role="status">
            {t(
              'searchSection_andMatch',
              tPlural('searchSection_objectives', results.objectiveCount),
              tPlural('searchSection_workItems', results.itemCount),
            )}
          </p>
          <ObjectiveResults objectives={results.objectives} total={results.objectiveCount} />
          <ItemResults items={results.items} total={results.itemCount} />
        </>
      )}
    </section>
  );
}
