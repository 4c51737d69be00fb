import type { TargetedEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import {
  CSV_FIELDS,
  type CsvMapping,
  type CsvPlan,
  type CsvTarget,
  guessMapping,
  planCsvImport,
} from '../../lib/csv/csv-import';
import { type CsvTable, readCsv } from '../../lib/csv/csv-table';
import { importPack, previewImport } from '../../lib/db/pack-io';
import { pageDatabase } from '../../lib/db/page-database';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import type { ImportSummary } from '../../lib/model/import-summary';
import { announceCatalogueChange, refusalLines } from '../../lib/workspace/page-writes';
import { changeTotals, ImportChangesTable } from '../ImportChangesTable';
import { ImportRecordChanges } from '../ImportRecordChanges';
import { ProblemAlert } from '../ProblemAlert';

type Stored = Parameters<typeof planCsvImport>[3];

type CsvState =
  | { step: 'idle' }
  | { step: 'refused'; title: string; problems: string[] }
  | {
      step: 'mapping';
      fileName: string;
      table: CsvTable;
      stored: Stored;
      mapping: CsvMapping;
      plan: CsvPlan;
      summary: ImportSummary | null;
      busy: boolean;
    }
  | { step: 'done'; message: string; note: string | null };

const TARGET_LABELS: Record<CsvTarget, string> = {
  get links() {
    return t('csvImport_linksOfWorkItemsTo');
  },
  get measurements() {
    return t('csvImport_checkInsOfBenefitTargets');
  },
};

/**
 * Links or check-ins from a CSV file: the columns mapped to fields (guessed
 * from the header), a preview of what it adds, and an import that is all or
 * nothing, with every problem named by row and column.
 */
export function CsvImport() {
  const id = useId();
  const [target, setTarget] = useState<CsvTarget>('links');
  const [state, setState] = useState<CsvState>({ step: 'idle' });

  const plan = async (fileName: string, table: CsvTable, stored: Stored, mapping: CsvMapping, kind: CsvTarget) => {
    const next = planCsvImport(kind, table, mapping, stored, fileName, new Date());
    setState({
      step: 'mapping',
      fileName,
      table,
      stored,
      mapping,
      plan: next,
      summary: null,
      busy: next.errors.length === 0,
    });
    if (next.errors.length > 0) return;
    try {
      const summary = await previewImport(pageDatabase, next.pack, 'merge');
      setState({ step: 'mapping', fileName, table, stored, mapping, plan: next, summary, busy: false });
    } catch (error) {
      setState({
        step: 'mapping',
        fileName,
        table,
        stored,
        mapping,
        plan: { ...next, errors: refusalLines(error) },
        summary: null,
        busy: false,
      });
    }
  };

  const onFile = async (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = readCsv(await file.text());
    if (!read.ok) {
      setState({
        step: 'refused',
        title: t('csvImport_couldNotBeReadAs', file.name),
        problems: read.errors,
      });
      return;
    }
    const stored = await pageDatabase.transaction(
      'r',
      [pageDatabase.objectives, pageDatabase.benefitTargets, pageDatabase.links],
      async () => ({
        objectives: await pageDatabase.objectives.toArray(),
        benefitTargets: await pageDatabase.benefitTargets.toArray(),
        links: await pageDatabase.links.toArray(),
      }),
    );
    await plan(file.name, read.table, stored, guessMapping(target, read.table.columns), target);
  };

  const confirm = async () => {
    if (state.step !== 'mapping' || state.plan.errors.length > 0) return;
    setState({ ...state, busy: true });
    try {
      const summary = await importPack(pageDatabase, state.plan.pack, 'merge', new Date());
      const note = await announceCatalogueChange();
      const message =
        state.plan.skipped > 0
          ? t('csvImport_importedSkipping', state.fileName, changeTotals(summary), state.plan.skipped)
          : t('csvImport_imported', state.fileName, changeTotals(summary));
      setState({ step: 'done', message, note });
    } catch (error) {
      setState({
        step: 'refused',
        title: t('csvImport_wasNotImportedNothingWas', state.fileName),
        problems: refusalLines(error),
      });
    }
  };

  return (
    <section class="csv-import" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('csvImport_importLinksOrCheckIns')}</h3>
      <fieldset class="import-mode">
        <legend>{t('csvImport_theFileHolds')}</legend>
        {(Object.keys(TARGET_LABELS) as CsvTarget[]).map((kind) => (
          <label key={kind} class="import-mode-option">
            <input
              type="radio"
              name={`${id}-target`}
              value={kind}
              checked={target === kind}
              onChange={() => {
                setTarget(kind);
                if (state.step === 'mapping')
                  void plan(state.fileName, state.table, state.stored, guessMapping(kind, state.table.columns), kind);
              }}
            />
            <span>{TARGET_LABELS[kind]}</span>
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={`${id}-file`}>{t('csvImport_csvFile')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={onFile} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} class="hint">
          {t('csvImport_oneRowPerWithA', target === 'links' ? t('csvImport_link') : t('csvImport_checkIn'))}
        </p>
      </div>
      {state.step === 'refused' && <ProblemAlert title={state.title} problems={state.problems} />}
      {state.step === 'done' && (
        <div>
          <p role="status" class="success">
            {state.message}
          </p>
          {state.note && <p class="hint">{state.note}</p>}
        </div>
      )}
      {state.step === 'mapping' && (
        <div class="import-preview">
          <fieldset class="csv-mapping">
            <legend>
              {t('csvImport_columnsOfRows', state.fileName, readerFormat.number(state.table.rows.length))}
            </legend>
            {CSV_FIELDS[target].map((field) => (
              <div class="field" key={field.key}>
                <label for={`${id}-${field.key}`}>
                  {t(field.label)}
                  {field.required ? '' : t('csvImport_optional')}
                </label>
                <select
                  id={`${id}-${field.key}`}
                  value={String(state.mapping[field.key] ?? '')}
                  aria-describedby={`${id}-${field.key}-hint`}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    const mapping = { ...state.mapping, [field.key]: value === '' ? null : Number(value) };
                    void plan(state.fileName, state.table, state.stored, mapping, target);
                  }}
                >
                  <option value="">{t('csvImport_notInTheFile')}</option>
                  {state.table.columns.map((column, index) => (
                    <option key={column + index} value={String(index)}>
                      {column || t('csvImport_column', index + 1)}
                    </option>
                  ))}
                </select>
                <p id={`${id}-${field.key}-hint`} class="hint">
                  {t(field.hint)}
                </p>
              </div>
            ))}
          </fieldset>
          {state.plan.errors.length > 0 ? (
            <ProblemAlert title={t('csvImport_nothingWillBeImportedUntil')} problems={state.plan.errors} />
          ) : state.summary ? (
            <>
              <ImportChangesTable
                caption={t('csvImport_whatImportingWillChange', state.fileName)}
                summary={state.summary}
              />
              <ImportRecordChanges summary={state.summary} />
              {state.plan.skipped > 0 && <p class="hint">{t('csvImport_rowsLinkItemsThatAre', state.plan.skipped)}</p>}
            </>
          ) : (
            <p role="status" class="pending">
              {t('csvImport_workingOutWhatItWould')}
            </p>
          )}
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={state.busy || state.plan.errors.length > 0 || !state.summary}
              onClick={confirm}
            >
              {t('csvImport_importCsv')}
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              {t('csvImport_cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
