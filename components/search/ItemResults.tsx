import { readerFormat } from '../../lib/format/locale';
import type { ItemHit } from '../../lib/search/workspace-search';
import { TRACKER_NAMES } from '../links/tracker-names';

/** The seen work items that match; each opens in the tracker, in a new tab, when its address is http(s). */
export function ItemResults({ items, total }: { items: readonly ItemHit[]; total: number }) {
  if (total === 0) return null;
  return (
    <section aria-labelledby="search-items" class="search-group">
      <h3 id="search-items">Work items</h3>
      <ul class="search-results">
        {items.map((item) => {
          const label = (
            <>
              <span class="search-code">{item.key}</span> {item.title ?? ''}
            </>
          );
          return (
            <li key={item.id}>
              {item.url ? (
                <a href={item.url} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              ) : (
                <span>{label}</span>
              )}
              <span class="search-meta">
                {[item.tracker ? TRACKER_NAMES[item.tracker] : undefined, item.site, item.status]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
      {total > items.length && (
        <p class="hint">
          Showing the best {items.length} of {readerFormat.number(total)}; add words to narrow the search.
        </p>
      )}
    </section>
  );
}
