import { useState } from 'preact/hooks';
import { dayOf, formatChartValue } from '../../lib/catalogue/chart-value';
import { formatPercent } from '../../lib/format/values';
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
    if (!reply.ok) return notify(`Could not delete the check-in: ${reply.error}`);
    const { removed } = reply.data;
    notify(`Deleted the check-in of ${dayOf(measurement.at)}.`, () => send({ type: 'restoreRemoved', removed }));
    document.getElementById(`target-${target.id}`)?.focus();
  };
  return (
    <div class="check-in-history">
      <table>
        <caption>History of {target.name}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Value</th>
            <th scope="col">Confidence</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span class="catalogue-sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.slice(0, limit).map((measurement) => (
            <tr key={measurement.id}>
              <td>{dayOf(measurement.at)}</td>
              <td class="number">{formatChartValue(measurement.value, target.unit)}</td>
              <td class="number">
                {measurement.confidence === undefined ? '–' : formatPercent(measurement.confidence)}
              </td>
              <td class="note">{measurement.note}</td>
              <td class="check-in-actions">
                <button
                  type="button"
                  class="small-button"
                  aria-label={`Edit the check-in of ${dayOf(measurement.at)} (${formatChartValue(measurement.value, target.unit)})`}
                  onClick={() => setEditing(measurement)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  class="small-button"
                  aria-label={`Delete the check-in of ${dayOf(measurement.at)} (${formatChartValue(measurement.value, target.unit)})`}
                  onClick={() => void remove(measurement)}
                >
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore
        shown={Math.min(limit, newestFirst.length)}
        total={newestFirst.length}
        noun="check-ins"
        onMore={showMore}
      />
      {editing && (
        <CheckInEditDialog target={target} measurement={editing} onClose={() => setEditing(null)} notify={notify} />
      )}
    </div>
  );
}
