import { describeReason } from '../../lib/alignment/describe-reason';
import { t } from '../../lib/i18n/catalogue';
import type { PageItem } from '../../lib/messages/notices';
import type { FactsNote, ItemAlignment, ObjectiveSummary } from '../../lib/model/annotation';
import { isHttpUrl } from '../../lib/model/http-url';
import { parseItemId } from '../../lib/model/item-id';
import { ObjectiveChip } from './ObjectiveChip';

interface Props {
  item: PageItem;
  /** The group the row is in: `unaligned`, or the objective it is listed under (then only its other objectives show). */
  group: string;
  /** Under an objective: why the item serves it. */
  alignment?: ItemAlignment;
  alignments: readonly ItemAlignment[];
  /** Why the item's facts from its tracker are not known, when they are not. */
  factsNote?: FactsNote;
  objectives: Readonly<Record<string, ObjectiveSummary>>;
  /** Without any objective to link to there is nothing to select for. */
  selectable: boolean;
  selected: boolean;
  onSelect(selected: boolean): void;
  onEdit(): void;
}

/**
 * One work item of the page under its group: select box, key and title, why
 * it serves the group's objective when that is not a plain link, the other
 * objectives it serves, and the way to change them.
 */
export function PageItemRow({
  item,
  group,
  alignment,
  alignments,
  factsNote,
  objectives,
  selectable,
  selected,
  onSelect,
  onEdit,
}: Props) {
  const key = parseItemId(item.id)?.key ?? item.id;
  const now = new Date();
  // An item serving two objectives is listed under both: its select box needs an id per group.
  const checkboxId = `select-${group}-${item.id}`;
  const others = alignments.filter((other) => other.objectiveId !== alignment?.objectiveId);
  return (
    <li class="item" data-state={alignments.length > 0 ? 'aligned' : 'unaligned'} data-item={item.id}>
      {selectable && (
        <input
          type="checkbox"
          id={checkboxId}
          checked={selected}
          onChange={(event) => onSelect((event.currentTarget as HTMLInputElement).checked)}
        />
      )}
      <label for={selectable ? checkboxId : undefined} class="item-label">
        <span class="key">{key}</span>
        {item.title && <span class="item-title">{item.title}</span>}
      </label>
      {(alignment?.via !== undefined && alignment.via !== 'link') || others.length > 0 ? (
        <span class="chips">
          {alignment && alignment.via !== 'link' && <span class="small reason">{describeReason(alignment, now)}</span>}
          {others.map((other) => {
            const objective = objectives[other.objectiveId];
            return (
              objective && (
                <ObjectiveChip
                  key={other.objectiveId}
                  objective={objective}
                  reason={other.via === 'link' ? undefined : describeReason(other, now)}
                />
              )
            );
          })}
        </span>
      ) : null}
      {factsNote && (
        <span class="facts-note small" title={factsNote.state === 'unavailable' ? factsNote.reason : undefined}>
          {factsNote.state === 'fetching' ? t('pageItemRow_askingTheTracker') : t('pageItemRow_factsUnavailable')}
        </span>
      )}
      <span class="item-actions">
        {item.url && isHttpUrl(item.url) && (
          <a href={item.url} target="_blank" rel="noopener noreferrer" aria-label={t('pageItemRow_open', key)}>
            ↗
          </a>
        )}
        {selectable && (
          <button
            type="button"
            class="quiet"
            onClick={onEdit}
            aria-label={
              alignments.length === 0
                ? t('pageItemRow_linkToObjectives', key)
                : t('pageItemRow_changeTheObjectivesOf', key)
            }
          >
            {alignments.length === 0 ? t('pageItemRow_link') : t('pageItemRow_change')}
          </button>
        )}
      </span>
    </li>
  );
}
