import { useMemo } from 'preact/hooks';
import { pageDatabase as db } from '../../lib/db/page-database';
import { createWorkspaceSearch } from '../../lib/search/workspace-search';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { ItemResults } from './ItemResults';
import { ObjectiveResults } from './ObjectiveResults';
import './search.css';
import { readerFormat } from '../../lib/format/locale';

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
      <h2 id="search-heading">{query ? `Search: “${query}”` : 'Search'}</h2>
      {!query ? (
        <p class="hint">
          Type in the search box at the top (press <kbd>/</kbd> to get there) to find objectives by code, title, owner
          or description, and work items you have come across by key or title.
        </p>
      ) : !results ? (
        <p class="pending">Searching…</p>
      ) : results.objectiveCount + results.itemCount === 0 ? (
        <div class="search-empty" role="status">
          <h3>Nothing matches “{query}”</h3>
          <p class="hint">
            Check the spelling, or try fewer words. Work items appear here once Throughline has seen them on a tracker
            page.
          </p>
        </div>
      ) : (
        <>
          <p class="hint" role="status">
            {describe(results.objectiveCount, 'objective', 'objectives')} and{' '}
            {describe(results.itemCount, 'work item', 'work items')} match.
          </p>
          <ObjectiveResults objectives={results.objectives} total={results.objectiveCount} />
          <ItemResults items={results.items} total={results.itemCount} />
        </>
      )}
    </section>
  );
}

function describe(n: number, one: string, many: string): string {
  return `${readerFormat.number(n)} ${n === 1 ? one : many}`;
}
