import { type MessageKey, t } from '../lib/i18n/catalogue';
import { type ImportSummary, type ListRecordChanges, PACK_LISTS, type RecordChange } from '../lib/model/import-summary';
import { LIST_NAMES } from './ImportChangesTable';

/** Each kind of change: its heading, its count in the summary line, and its section's name with the list's. */
const KINDS = [
  ['added', 'importRecordChanges_added', 'importRecordChanges_countAdded', 'importRecordChanges_listAdded'],
  ['updated', 'importRecordChanges_changed', 'importRecordChanges_countChanged', 'importRecordChanges_listChanged'],
  ['removed', 'importRecordChanges_removed', 'importRecordChanges_countRemoved', 'importRecordChanges_listRemoved'],
] as const satisfies readonly (readonly [keyof ListRecordChanges, MessageKey, MessageKey, MessageKey])[];

/** The records an import adds, changes (with the changed fields) and removes, list by list, the first few of each. */
export function ImportRecordChanges({ summary }: { summary: ImportSummary }) {
  const records = summary.records;
  if (!records) return null;
  const lists = PACK_LISTS.filter((list) => KINDS.some(([kind]) => summary.changes[list][kind] > 0));
  if (lists.length === 0)
    return <p class="import-no-changes">{t('importRecordChanges_nothingWouldChangeEveryRecord')}</p>;
  return (
    <div class="import-records">
      {lists.map((list) => (
        <details key={list} data-list={list}>
          <summary>
            {LIST_NAMES[list]}:{' '}
            {KINDS.filter(([kind]) => summary.changes[list][kind] > 0)
              .map(([kind, , counted]) => t(counted, summary.changes[list][kind]))
              .join(t('common_listSeparator'))}
          </summary>
          {KINDS.filter(([kind]) => records[list][kind].length > 0).map(([kind, heading, , named]) => (
            <section key={kind} aria-label={t(named, LIST_NAMES[list])}>
              <h4>{t(heading)}</h4>
              <ul>
                {records[list][kind].map((record) => (
                  <RecordLine key={record.id} record={record} />
                ))}
              </ul>
              {summary.changes[list][kind] > records[list][kind].length && (
                <p class="hint">
                  {t('importRecordChanges_andMore', summary.changes[list][kind] - records[list][kind].length)}
                </p>
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
        <span class="import-fields"> {t('importRecordChanges_changes', record.fields.join(', '))}</span>
      )}
    </li>
  );
}
