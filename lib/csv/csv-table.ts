import Papa from 'papaparse';
import { t } from '../i18n/catalogue';

/** A CSV file as its header and rows of cells. */
export interface CsvTable {
  columns: string[];
  rows: string[][];
}

/** At most this many rows in one CSV import; more is almost surely the wrong file. */
export const MAX_CSV_ROWS = 100_000;

/** Reads CSV text (any common delimiter, quoted fields, a byte order mark) into a header and rows. */
export function readCsv(text: string): { ok: true; table: CsvTable } | { ok: false; errors: string[] } {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const errors = result.errors
    .filter((error) => error.code !== 'UndetectableDelimiter')
    .slice(0, 20)
    .map((error) => t('csvTable_row', (error.row ?? 0) + 1, error.message));
  if (errors.length > 0) return { ok: false, errors };
  const [header, ...rows] = result.data;
  if (!header || header.every((cell) => cell.trim() === ''))
    return { ok: false, errors: [t('csvTable_theFileHasNoHeader')] };
  if (rows.length === 0) return { ok: false, errors: [t('csvTable_theFileHasAHeader')] };
  if (rows.length > MAX_CSV_ROWS)
    return { ok: false, errors: [t('csvTable_theFileHasRowsAt', rows.length, MAX_CSV_ROWS)] };
  return { ok: true, table: { columns: header.map((cell) => cell.trim()), rows } };
}

/** Writes rows as CSV with a header, quoting what needs it; formulas are defused for spreadsheets. */
export function writeCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cell = (value: unknown) => {
    if (value === undefined || value === null) return '';
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    // A cell starting with = + - @ would run as a formula when the file is opened in a spreadsheet.
    return /^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text;
  };
  return `${Papa.unparse({ fields: [...columns], data: rows.map((row) => row.map(cell)) })}\r\n`;
}
