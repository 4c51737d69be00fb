import { useId, useState } from 'preact/hooks';
import { listCsv } from '../../lib/csv/catalogue-csv';
import { catalogueTables, readCatalogue } from '../../lib/db/catalogue';
import { canonicalPack } from '../../lib/db/pack-io';
import { pageDatabase } from '../../lib/db/page-database';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import { PACK_LISTS, type PackList } from '../../lib/model/import-summary';
import { download } from '../../lib/workspace/download';
import { refusalLines } from '../../lib/workspace/page-writes';
import { LIST_NAMES } from '../ImportChangesTable';
import { ProblemAlert } from '../ProblemAlert';

/** Each catalogue list as a CSV file, for a spreadsheet or a report. */
export function CsvExport() {
  const headingId = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string[] } | null>(null);

  const exportList = async (list: PackList) => {
    try {
      const catalogue = await pageDatabase.transaction('r', catalogueTables(pageDatabase), () =>
        readCatalogue(pageDatabase),
      );
      const fileName = `throughline-${list}.csv`;
      download(fileName, listCsv(canonicalPack(catalogue, 'export', new Date()), list), 'text/csv');
      setStatus({ ok: true, text: [t('csvExport_savedRows', fileName, readerFormat.number(catalogue[list].length))] });
    } catch (error) {
      setStatus({ ok: false, text: refusalLines(error) });
    }
  };

  return (
    <section class="csv-export" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('csvExport_exportAListAsCsv')}</h3>
      <div class="actions">
        {PACK_LISTS.map((list) => (
          <button key={list} type="button" onClick={() => exportList(list)}>
            {t('csvExport_csv', LIST_NAMES[list])}
          </button>
        ))}
      </div>
      {status?.ok && (
        <p role="status" class="success">
          {status.text[0]}
        </p>
      )}
      {status && !status.ok && <ProblemAlert title={t('csvExport_theListWasNotExported')} problems={status.text} />}
    </section>
  );
}
