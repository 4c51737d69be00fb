import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import { tPlural } from '../../lib/i18n/plural';
import { removeLinksInChunks, restoreLinksInChunks } from '../../lib/links/bulk-links';
import {
  type FilterChoices,
  filterChoices,
  filterLinkRows,
  formatLinkFilter,
  isFiltering,
  type LinkFilter,
  NO_FILTER,
  parseLinkFilter,
} from '../../lib/links/link-filter';
import { buildLinkRows, type LinkRow } from '../../lib/links/link-rows';
import { type Selection, selectedShown, withAllShown, withRow } from '../../lib/links/selection';
import { send } from '../../lib/messages/client';
import { MAX_ITEMS_PER_REQUEST } from '../../lib/messages/request-limits';
import type { Link } from '../../lib/model/link';
import { earlyRequests } from '../../lib/workspace/early-request';
import { routeHref } from '../../lib/workspace/route';
import { useFirstShownMark } from '../../lib/workspace/use-first-shown-mark';
import { useOnChange } from '../../lib/workspace/use-on-change';
import { Toast, type ToastProps } from '../overlay/Toast';
import { LinkFilterBar } from './LinkFilterBar';
import { LinksGrid } from './LinksGrid';
import { useLinkTables } from './use-link-tables';
import './links.css';
import { readerFormat } from '../../lib/format/locale';

const NO_CHOICES: FilterChoices = { objectives: [], trackers: [], sites: [] };

/** Enough rows to fill a tall window while the whole list loads; sent for as the page's script starts. */
export const FIRST_ROWS_REQUEST = { type: 'firstLinkRows', limit: 50 } as const;

/**
 * Every link in one list: filter by objective, tracker, site and text
 * (`#links/objective=…&q=…`), select rows and remove them with one undo.
 * Each table is one live query and everything else happens in memory.
 */
export function LinksSection({ arg }: { arg: string }) {
  const [firstRows, setFirstRows] = useState<LinkRow[]>();
  // The whole tables are read once the first rows are in (or could not be had): read together, the first rows
  // would wait behind them.
  const [started, setStarted] = useState(false);
  const tables = useLinkTables(started);
  const [filter, setFilterState] = useState<LinkFilter>(() => parseLinkFilter(arg));
  const [selection, setSelection] = useState<Selection>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<Omit<ToastProps, 'onDismiss'> | null>(null);
  const selectAll = useRef<HTMLInputElement>(null);
  const dismissToast = useCallback(() => setToast(null), []);

  useOnChange(arg, (changed) => setFilterState(parseLinkFilter(changed)));
  useEffect(() => {
    // From the background, whose database is open: the page's own would first load and open it.
    void earlyRequests.take(FIRST_ROWS_REQUEST).then((reply) => {
      if (reply.ok) setFirstRows(reply.data.rows);
      setStarted(true);
    });
  }, []);

  const setFilter = (next: LinkFilter) => {
    setFilterState(next);
    // A selection made under another filter would act on rows no longer in view.
    setSelection(new Set());
    // The address keeps the filter for a bookmark, without a hashchange that would re-render the whole workspace.
    const query = formatLinkFilter(next);
    history.replaceState(history.state, '', routeHref('links', query));
  };

  const rows = useMemo(
    () => (tables ? buildLinkRows(tables.links, tables.objectives, tables.targets, tables.seenItems) : undefined),
    [tables],
  );
  // Until every table has loaded, the first rows in list order stand in for an unfiltered list.
  const shown = useMemo(
    () => (rows ? filterLinkRows(rows, filter) : isFiltering(filter) ? [] : (firstRows ?? [])),
    [rows, firstRows, filter],
  );
  const shownIds = useMemo(() => shown.map((row) => row.id), [shown]);
  const choices = useMemo(() => (rows ? filterChoices(rows) : undefined), [rows]);
  const toRemove = useMemo(() => selectedShown(selection, shownIds), [selection, shownIds]);

  // The benchmark times the first render of a large list from navigation start to here.
  useFirstShownMark('throughline:links-rendered', shown.length > 0);

  const remove = async () => {
    if (toRemove.length === 0) return;
    setBusy(true);
    setError(null);
    const result = await removeLinksInChunks(toRemove, MAX_ITEMS_PER_REQUEST, (linkIds) =>
      send({ type: 'removeLinks', linkIds }),
    );
    setBusy(false);
    setSelection(new Set());
    selectAll.current?.focus();
    if (result.error) setError(t('linksSection_someLinksWereNotRemoved', result.error));
    if (result.removed.length > 0)
      setToast({
        message: t('linksSection_removedLinks', tPlural('linksSection_links', result.removed.length)),
        onUndo: () => void undo(result.removed),
      });
  };

  const undo = async (removed: readonly Link[]) => {
    setToast({ message: t('linksSection_restoringLinks', tPlural('linksSection_links', removed.length)) });
    const result = await restoreLinksInChunks(removed, MAX_ITEMS_PER_REQUEST, (batch) =>
      send({ type: 'restoreLinks', links: batch }),
    );
    setToast({
      message: result.error
        ? t('linksSection_couldNotRestoreEveryLink', result.error)
        : t('linksSection_restoredLinks', tPlural('linksSection_links', result.restored)),
    });
  };

  const loading = rows === undefined;
  const empty = rows ? rows.length === 0 : firstRows?.length === 0;
  return (
    <section aria-labelledby="links-heading" class="stack links-section">
      <h2 id="links-heading">{t('linksSection_links')}</h2>
      {empty ? (
        <div class="links-empty">
          <h3>{t('linksSection_noLinksYet')}</h3>
          <p class="hint">{t('linksSection_linkAWorkItemTo')}</p>
          <a href={routeHref('pack')}>{t('linksSection_importAStrategyPack')}</a>
        </div>
      ) : (
        <>
          <LinkFilterBar filter={filter} choices={choices ?? NO_CHOICES} disabled={loading} onChange={setFilter} />
          <div class="links-toolbar">
            <p class="links-count" aria-live="polite">
              {!rows
                ? t('linksSection_loadingAllLinks')
                : isFiltering(filter)
                  ? t(
                      'linksSection_ofMatch',
                      tPlural('linksSection_links', shown.length),
                      readerFormat.number(rows.length),
                    )
                  : tPlural('linksSection_links', rows.length)}
              {toRemove.length > 0 && t('linksSection_selected', readerFormat.number(toRemove.length))}
            </p>
            <div class="actions">
              {isFiltering(filter) && (
                <button type="button" onClick={() => setFilter(NO_FILTER)}>
                  {t('linksSection_clearFilters')}
                </button>
              )}
              <button
                type="button"
                class="links-remove"
                disabled={loading || busy || toRemove.length === 0}
                onClick={remove}
              >
                {toRemove.length > 0
                  ? t('linksSection_remove', tPlural('linksSection_links', toRemove.length))
                  : t('linksSection_removeSelected')}
              </button>
            </div>
          </div>
          {error && (
            <p class="problem-alert" role="alert">
              {error}
            </p>
          )}
          {shown.length > 0 ? (
            <LinksGrid
              rows={shown}
              shownIds={shownIds}
              selection={selection}
              selectAllRef={selectAll}
              onSelect={(id, selected) => setSelection((current) => withRow(current, id, selected))}
              onSelectAll={(selected) => setSelection((current) => withAllShown(current, shownIds, selected))}
            />
          ) : loading ? (
            <p class="pending">{t('linksSection_loadingLinks')}</p>
          ) : (
            <div class="links-empty">
              <h3>{t('linksSection_noLinksMatch')}</h3>
              <p class="hint">{t('linksSection_noLinkPassesEveryFilter')}</p>
            </div>
          )}
        </>
      )}
      {toast && <Toast {...toast} onDismiss={dismissToast} />}
    </section>
  );
}
