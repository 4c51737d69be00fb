import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { pluralKey } from '../../lib/i18n/plural';
import type { PageItem } from '../../lib/messages/notices';
import type { FactsNote, ItemAlignment, ObjectiveSummary } from '../../lib/model/annotation';
import type { ItemGroups } from '../../lib/popup/item-groups';
import { ObjectiveChip } from './ObjectiveChip';
import { PageItemRow } from './PageItemRow';

interface Props {
  groups: ItemGroups<PageItem>;
  alignmentsOf(id: string): readonly ItemAlignment[];
  facts: ReadonlyMap<string, FactsNote>;
  objectives: Readonly<Record<string, ObjectiveSummary>>;
  selectable: boolean;
  selected: ReadonlySet<string>;
  onSelect(id: string, selected: boolean): void;
  onEdit(item: PageItem): void;
}

/** The page's work: what serves no objective first, then what serves each objective, under that objective in full. */
export function PageItemGroups({
  groups,
  alignmentsOf,
  facts,
  objectives,
  selectable,
  selected,
  onSelect,
  onEdit,
}: Props) {
  const row = (item: PageItem, group: string, alignment?: ItemAlignment) => (
    <PageItemRow
      key={item.id}
      item={item}
      group={group}
      alignment={alignment}
      alignments={alignmentsOf(item.id)}
      factsNote={facts.get(item.id)}
      objectives={objectives}
      selectable={selectable}
      selected={selected.has(item.id)}
      onSelect={(on) => onSelect(item.id, on)}
      onEdit={() => onEdit(item)}
    />
  );
  return (
    <>
      {groups.unaligned.length > 0 && (
        <section class="item-group" aria-labelledby="group-unaligned">
          <h2 id="group-unaligned" class="group-heading">
            {messageParts('pageItemGroups_notAligned', <span class="count">{groups.unaligned.length}</span>)}
          </h2>
          <ul class="items" aria-labelledby="group-unaligned">
            {groups.unaligned.map((item) => row(item, 'unaligned'))}
          </ul>
        </section>
      )}
      {groups.byObjective.length > 0 && (
        <section class="item-group" aria-labelledby="group-aligned">
          <h2 id="group-aligned" class="group-heading">
            {t('pageItemGroups_alignedByObjective')}
          </h2>
          {groups.byObjective.map(({ objective, items }) => {
            const headingId = `group-${objective.id}`;
            return (
              <section key={objective.id} class="objective-group" aria-labelledby={headingId}>
                <h3 id={headingId} class="objective-heading">
                  <ObjectiveChip objective={objective} />
                  <span class="count">
                    {items.length}
                    <span class="visually-hidden"> {t(pluralKey('pageItemGroups_itemWord', items.length))}</span>
                  </span>
                </h3>
                <ul class="items" aria-labelledby={headingId}>
                  {items.map(({ item, alignment }) => row(item, objective.id, alignment))}
                </ul>
              </section>
            );
          })}
        </section>
      )}
    </>
  );
}
