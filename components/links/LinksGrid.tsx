// biome-ignore-all lint/a11y/useSemanticElements: rows are placed one by one at their offset, which table layout does not allow, so the grid roles are given by hand.
// biome-ignore-all lint/a11y/useFocusableInteractive: the focus moves by row (roving tabindex on the row), not by cell; the controls in a cell are focusable themselves.
import { useEffect, useRef } from 'preact/hooks';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import type { LinkRow } from '../../lib/links/link-rows';
import { type Selection, selectionState } from '../../lib/links/selection';
import { routeHref } from '../../lib/workspace/route';
import { TRACKER_NAMES } from './tracker-names';
import { VirtualList } from './VirtualList';

/** Two lines of text per row; fixed, as the list places rows by their index. */
export const LINK_ROW_HEIGHT = 52;

interface Props {
  rows: readonly LinkRow[];
  shownIds: readonly string[];
  selection: Selection;
  onSelect(id: string, selected: boolean): void;
  onSelectAll(selected: boolean): void;
  /** The select-all box, so that the section can put the focus back there after a removal. */
  selectAllRef?: { current: HTMLInputElement | null };
}

/** Every shown link as one row of a virtualized grid; Space on a row selects it. */
export function LinksGrid({ rows, shownIds, selection, onSelect, onSelectAll, selectAllRef }: Props) {
  const ownRef = useRef<HTMLInputElement>(null);
  const selectAll = selectAllRef ?? ownRef;
  const state = selectionState(selection, shownIds);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = state === 'some';
  }, [state, selectAll]);

  const header = (
    <div role="row" aria-rowindex={1} class="vlist-row links-row links-head">
      <span role="columnheader" class="links-check">
        <input
          ref={selectAll}
          type="checkbox"
          aria-label={t('linksGrid_selectAllShownLinks', readerFormat.number(shownIds.length))}
          checked={state === 'all'}
          onChange={(event) => onSelectAll((event.currentTarget as HTMLInputElement).checked)}
        />
      </span>
      <span role="columnheader">{t('linksGrid_workItem')}</span>
      <span role="columnheader">{t('linksGrid_objective')}</span>
      <span role="columnheader">{t('linksGrid_benefitTarget')}</span>
      <span role="columnheader">{t('linksGrid_note')}</span>
      <span role="columnheader">{t('linksGrid_linked')}</span>
    </div>
  );

  return (
    <VirtualList
      count={rows.length}
      rowHeight={LINK_ROW_HEIGHT}
      label={t('linksGrid_links')}
      header={header}
      rowKey={(index) => rows[index]!.id}
      rowClass={(index) => `links-row${selection.has(rows[index]!.id) ? ' is-selected' : ''}`}
      rowSelected={(index) => selection.has(rows[index]!.id)}
      renderRow={(index, isCurrent) => (
        <LinkCells
          row={rows[index]!}
          selected={selection.has(rows[index]!.id)}
          tabIndex={isCurrent ? 0 : -1}
          onSelect={onSelect}
        />
      )}
      onRowKeyDown={(event, index) => {
        const row = rows[index]!;
        if (event.key === ' ' && event.target === event.currentTarget) {
          event.preventDefault();
          onSelect(row.id, !selection.has(row.id));
        }
      }}
    />
  );
}

function LinkCells({
  row,
  selected,
  tabIndex,
  onSelect,
}: {
  row: LinkRow;
  selected: boolean;
  tabIndex: number;
  onSelect(id: string, selected: boolean): void;
}) {
  const where = row.tracker ? `${TRACKER_NAMES[row.tracker]} · ${row.site}` : row.itemId;
  return (
    <>
      <span role="gridcell" class="links-check">
        <input
          type="checkbox"
          tabIndex={tabIndex}
          aria-label={t('linksGrid_selectTheLinkOfTo', row.key, row.objectiveCode)}
          checked={selected}
          onChange={(event) => onSelect(row.id, (event.currentTarget as HTMLInputElement).checked)}
        />
      </span>
      <span role="gridcell" class="links-cell">
        <span class="links-line">
          {row.url ? (
            <a class="links-key" href={row.url} target="_blank" rel="noopener noreferrer" tabIndex={tabIndex}>
              {row.key}
            </a>
          ) : (
            <span class="links-key">{row.key}</span>
          )}
          {row.status && <span class="links-status">{row.status}</span>}
        </span>
        <span class="links-line links-muted" title={row.title ?? where}>
          {row.title ?? where}
        </span>
      </span>
      <span role="gridcell" class="links-cell">
        <a class="links-line links-code" href={routeHref('objective', row.objectiveId)} tabIndex={tabIndex}>
          {row.objectiveCode}
        </a>
        {row.objectiveTitle && (
          <span class="links-line links-muted" title={row.objectiveTitle}>
            {row.objectiveTitle}
          </span>
        )}
      </span>
      <span role="gridcell" class="links-line" title={row.targetName}>
        {row.targetName ?? <span class="links-muted">—</span>}
      </span>
      <span role="gridcell" class="links-line" title={row.note}>
        {row.note ?? <span class="links-muted">—</span>}
      </span>
      <span role="gridcell" class="links-cell">
        <time dateTime={row.createdAt}>{readerFormat.date(row.createdAt)}</time>
      </span>
    </>
  );
}
