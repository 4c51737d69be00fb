import { labelsOf, t } from '../lib/i18n/catalogue';
import { type ImportSummary, PACK_LISTS, type PackList } from '../lib/model/import-summary';

export const LIST_NAMES = labelsOf<PackList>({
  themes: 'importChangesTable_themes',
  objectives: 'importChangesTable_objectives',
  benefitTargets: 'importChangesTable_benefitTargets',
  measurements: 'importChangesTable_checkIns',
  links: 'importChangesTable_links',
  rules: 'importChangesTable_rules',
  exclusions: 'importChangesTable_exclusions',
});

export interface ImportChangesTableProps {
  caption: string;
  summary: ImportSummary;
}

/** What an import changes (or changed), list by list. */
export function ImportChangesTable({ caption, summary }: ImportChangesTableProps) {
  return (
    <table class="import-changes">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('importChangesTable_list')}</th>
          <th scope="col">{t('importChangesTable_added')}</th>
          <th scope="col">{t('importChangesTable_updated')}</th>
          <th scope="col">{t('importChangesTable_removed')}</th>
          <th scope="col">{t('importChangesTable_unchanged')}</th>
        </tr>
      </thead>
      <tbody>
        {PACK_LISTS.map((list) => {
          const change = summary.changes[list];
          return (
            <tr key={list} data-list={list}>
              <th scope="row">{LIST_NAMES[list]}</th>
              <td>{change.added}</td>
              <td>{change.updated}</td>
              <td class={change.removed > 0 ? 'import-changes-removed' : undefined}>{change.removed}</td>
              <td>{change.unchanged}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** "12 added, 1 updated, 3 removed" over all lists. */
export function changeTotals(summary: ImportSummary): string {
  let added = 0;
  let updated = 0;
  let removed = 0;
  for (const list of PACK_LISTS) {
    added += summary.changes[list].added;
    updated += summary.changes[list].updated;
    removed += summary.changes[list].removed;
  }
  return t('importChangesTable_addedUpdatedRemoved', added, updated, removed);
}
