import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import type { ItemHit } from '../../lib/search/workspace-search';
import { TRACKER_NAMES } from '../links/tracker-names';

/** The seen work items that match; each opens in the tracker, in a new tab, when its address is http(s). */
export function ItemResults({ items, total }: { items: readonly ItemHit[]; total: number }) {
  if (total === 0) return null;
  return (
    <section aria-labelledby="search-items" class="search-group">
      <h3 id="search-items">{t('itemResults_workItems')}</h3>
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
        <p class="hint">{t('itemResults_showingTheBestOfAdd', items.length, readerFormat.number(total))}</p>
      )}
    </section>
  );
}
