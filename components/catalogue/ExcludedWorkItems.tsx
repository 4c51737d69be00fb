import { pageDatabase as db } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import { parseItemId } from '../../lib/model/item-id';
import type { Objective } from '../../lib/model/objective';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { useUndoToast } from './use-undo-toast';

const HEADING_ID = 'objective-excluded-heading';

/**
 * The items said not to serve an objective ("not this item"), whatever rules
 * or their parents say; each can count again, with undo. Shown only when
 * there are some.
 */
export function ExcludedWorkItems({ objective }: { objective: Objective }) {
  const excluded = useLiveQuery(async () => {
    const exclusions = await db.exclusions.where('objectiveId').equals(objective.id).toArray();
    const seen = await db.seenItems.bulkGet(exclusions.map((exclusion) => exclusion.itemId));
    return exclusions.map((exclusion, index) => ({ exclusion, title: seen[index]?.title }));
  }, [objective.id]);
  const toast = useUndoToast();
  if (!excluded || (excluded.length === 0 && !toast.element)) return null;

  const countAgain = async (itemId: string, key: string) => {
    const reply = await send({ type: 'unexclude', itemId, objectiveId: objective.id });
    if (!reply.ok) return toast.show(t('excludedWorkItems_couldNotChangeIt', reply.error));
    const lifted = reply.data.removed;
    toast.show(
      t('excludedWorkItems_countsTowardAgainWhereA', key, objective.code),
      lifted ? () => send({ type: 'restoreExclusions', exclusions: [lifted] }) : undefined,
    );
  };

  return (
    <section class="stack excluded-work" aria-labelledby={HEADING_ID}>
      <h3 id={HEADING_ID}>{t('excludedWorkItems_notCounted')}</h3>
      <p class="hint">{t('excludedWorkItems_theseItemsWereSaidNot', objective.code)}</p>
      {excluded.length > 0 && (
        <ul class="work-items">
          {excluded.map(({ exclusion, title }) => {
            const key = parseItemId(exclusion.itemId)?.key ?? exclusion.itemId;
            return (
              <li key={exclusion.id}>
                <span class="work-item-id">{title ? `${key} · ${title}` : exclusion.itemId}</span>
                {exclusion.note && <span class="muted">{exclusion.note}</span>}
                <button type="button" class="small-button" onClick={() => void countAgain(exclusion.itemId, key)}>
                  {t('excludedWorkItems_countAgain')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {toast.element}
    </section>
  );
}
