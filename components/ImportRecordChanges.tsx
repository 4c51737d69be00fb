import { type ImportSummary, type ListRecordChanges, PACK_LISTS, type RecordChange } from '../lib/model/import-summary';
import { LIST_NAMES } from './ImportChangesTable';

const KINDS = [
  ['added', 'Added'],
  ['updated', 'Changed'],
  ['removed', 'Removed'],
] as const satisfies readonly (readonly [keyof ListRecordChanges, string])[];

/** The records an import adds, changes (with the changed fields) and removes, list by list, the first few of each. */
export function ImportRecordChanges({ summary }: { summary: ImportSummary }) {
  const records = summary.records;
  if (!records) return null;
  const lists = PACK_LISTS.filter((list) => KINDS.some(([kind]) => summary.changes[list][kind] > 0));
  if (lists.length === 0)
    return <p class="import-no-changes">Nothing would change: every record is already as the pack has it.</p>;
  return (
    <div class="import-records">
      {lists.map((list) => (
        <details key={list} data-list={list}>
          <summary>
            {LIST_NAMES[list]}:{' '}
            {KINDS.filter(([kind]) => summary.changes[list][kind] > 0)
              .map(([kind, label]) => `${summary.changes[list][kind]} ${label.toLowerCase()}`)
              .join(', ')}
          </summary>
          {KINDS.filter(([kind]) => records[list][kind].length > 0).map(([kind, label]) => (
            <section key={kind} aria-label={`${LIST_NAMES[list]} ${label.toLowerCase()}`}>
              <h4>{label}</h4>
              <ul>
                {records[list][kind].map((record) => (
                  <RecordLine key={record.id} record={record} />
                ))}
              </ul>
              {summary.changes[list][kind] > records[list][kind].length && (
                <p class="hint">…and {summary.changes[list][kind] - records[list][kind].length} more</p>
              )}
            </section>
          ))}
        </details>
      ))}
    </div>
  );
}

function RecordLine({ record }: { record: RecordChange }) {
  return (
    <li>
      {record.label}
      {record.fields && record.fields.length > 0 && (
        <span class="import-fields"> (changes {record.fields.join(', ')})</span>
      )}
    </li>
  );
}
