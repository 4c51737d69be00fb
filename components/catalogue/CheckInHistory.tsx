import { useState } from 'preact/hooks';
import { formatChartValue } from '../../lib/catalogue/chart-value';
import { readerFormat } from '../../lib/format/locale';
import { formatPercent } from '../../lib/format/values';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import type { Reply } from '../../lib/messages/protocol';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import type { Measurement } from '../../lib/model/measurement';
import { CheckInEditDialog } from './CheckInEditDialog';
import { ShowMore, usePageLimit } from './ShowMore';

interface Props {
  target: BenefitTarget;
  newestFirst: readonly Measurement[];
  notify(message: string, undo?: () => Promise<Reply<unknown>>): void;
}

/** A target's check-ins, newest first, a page at a time; editing or deleting one can be undone from the toast. */
export function CheckInHistory({ target, newestFirst, notify }: Props) {
  const [limit, showMore] = usePageLimit(target.id);
  const [editing, setEditing] = useState<Measurement | null>(null);
  const remove = async (measurement: Measurement) => {
    const reply = await send({ type: 'deleteRecord', list: 'measurements', id: measurement.id });
    if (!reply.ok) return notify(t('checkInHistory_couldNotDeleteTheCheck', reply.error));
    const { removed } = reply.data;
    notify(t('checkInHistory_deletedTheCheckInOf', readerFormat.day(measurement.at)), () =>
      send({ type: 'restoreRemoved', removed }),
    );
    document.getElementById(`target-${target.id}`)?.focus();
  };
  return (
    <div class="check-in-history">
      <table>
        <caption>{t('checkInHistory_historyOfNewestFirst', target.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('checkInHistory_date')}</th>
            <th scope="col">{t('checkInHistory_value')}</th>
            <th scope="col">{t('checkInHistory_confidence')}</th>
            <th scope="col">{t('checkInHistory_note')}</th>
            <th scope="col">
              <span class="catalogue-sr-only">{t('checkInHistory_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.slice(0, limit).map((measurement) => (
            <tr key={measurement.id}>
              <td>{readerFormat.day(measurement.at)}</td>
              <td class="number">{formatChartValue(measurement.value, target.unit)}</td>
              <td class="number">
                {measurement.confidence === undefined ? '–' : formatPercent(measurement.confidence)}
              </td>
              <td class="note">{measurement.note}</td>
              <td class="check-in-actions">
                <button
                  type="button"
                  class="small-button"
                  aria-label={t(
                    'checkInHistory_editTheCheckInOf',
                    readerFormat.day(measurement.at),
                    formatChartValue(measurement.value, target.unit),
                  )}
                  onClick={() => setEditing(measurement)}
                >
                  {t('checkInHistory_edit')}
                </button>
                <button
                  type="button"
                  class="small-button quiet destructive"
                  aria-label={t(
                    'checkInHistory_deleteTheCheckInOf',
                    readerFormat.day(measurement.at),
                    formatChartValue(measurement.value, target.unit),
                  )}
                  onClick={() => void remove(measurement)}
                >
                  {t('checkInHistory_delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore
        shown={Math.min(limit, newestFirst.length)}
        total={newestFirst.length}
        noun={t('checkInHistory_checkIns')}
        onMore={showMore}
      />
      {editing && (
        <CheckInEditDialog target={target} measurement={editing} onClose={() => setEditing(null)} notify={notify} />
      )}
    </div>
  );
}
