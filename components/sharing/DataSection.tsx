import { t } from '../../lib/i18n/catalogue';
import { BackupsPanel } from './BackupsPanel';
import { CsvExport } from './CsvExport';
import { CsvImport } from './CsvImport';

/** Backups, and the catalogue in and out as CSV. */
export function DataSection() {
  return (
    <div class="data-section">
      <h2 class="visually-hidden">{t('dataSection_backupsAndCsv')}</h2>
      <BackupsPanel />
      <section class="csv" aria-label={t('dataSection_csv')}>
        <CsvImport />
        <CsvExport />
      </section>
    </div>
  );
}
