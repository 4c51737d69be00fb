import { BackupsPanel } from './BackupsPanel';
import { CsvExport } from './CsvExport';
import { CsvImport } from './CsvImport';

/** Backups, and the catalogue in and out as CSV. */
export function DataSection() {
  return (
    <div class="data-section">
      <h2 class="visually-hidden">Backups and CSV</h2>
      <BackupsPanel />
      <section class="csv" aria-label="CSV">
        <CsvImport />
        <CsvExport />
      </section>
    </div>
  );
}
