import Papa from 'papaparse';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import type { ReportTable } from '../../lib/report/report-tables';

/** Saves a table as a CSV file (papaparse writes it: quoting, commas and line breaks in cells). */
export function downloadCsv(fileName: string, table: ReportTable): void {
  const text = Papa.unparse({ fields: table.fields, data: table.rows });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has handed the file to the browser's download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

interface Props {
  id: string;
  title: string;
  table: ReportTable;
  fileName: string;
  empty: string;
  hint?: string;
}

/** A section of the report: its table and the same table as a CSV download. */
export function ReportTableView({ id, title, table, fileName, empty, hint }: Props) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} class="report-section" aria-labelledby={headingId}>
      <div class="report-section-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" class="no-print" onClick={() => downloadCsv(fileName, table)}>
          {messageParts(
            'reportTableView_downloadCsv',
            <span class="visually-hidden"> {t('reportTableView_of', title.toLowerCase())}</span>,
          )}
        </button>
      </div>
      {hint && <p class="hint">{hint}</p>}
      {table.rows.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <div class="table-scroll">
          <table class="report-table">
            <thead>
              <tr>
                {table.fields.map((field) => (
                  <th key={field} scope="col">
                    {field}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={column} class={typeof cell === 'number' ? 'number' : undefined}>
                        {typeof cell === 'number' ? cell.toLocaleString('en') : cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
