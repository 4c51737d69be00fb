import type { TargetedEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { readBackup, restoreBackup } from '../lib/db/backups';
import { importPack, type PreviewBase, previewOver, readPreviewBase } from '../lib/db/pack-io';
import { pageDatabase } from '../lib/db/page-database';
import { t } from '../lib/i18n/catalogue';
import { messageParts } from '../lib/i18n/message-parts';
import type { ImportMode } from '../lib/messages/protocol';
import type { ImportSummary } from '../lib/model/import-summary';
import type { Pack } from '../lib/model/pack';
import { parsePackText } from '../lib/model/parse-pack';
import { MAX_PACK_BYTES, megabytes } from '../lib/subscriptions/pack-limits';
import { announceCatalogueChange, refusalLines } from '../lib/workspace/page-writes';
import { routeHref } from '../lib/workspace/route';
import { changeTotals, ImportChangesTable } from './ImportChangesTable';
import { ImportModeChoice } from './ImportModeChoice';
import { ImportRecordChanges } from './ImportRecordChanges';
import { ProblemAlert } from './ProblemAlert';

type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; problems: string[] }
  | { step: 'preview'; fileName: string; pack: Pack; mode: ImportMode; summary: ImportSummary | null; busy: boolean }
  | { step: 'done'; summary: ImportSummary; note: string | null; undo: 'ready' | 'busy' | 'undone' | string };

/**
 * Imports a strategy pack file: checks it, shows record by record what it
 * would change (Merge preselected), and imports it only when confirmed.
 * The workspace reads and writes the database itself, in one transaction,
 * so a pack of any size the schema allows never has to fit in a message;
 * a refused pack changes nothing. A replace takes a backup first, and its
 * Undo restores it.
 */
export function PackImport() {
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  // Answers to an older file or mode arrive late; only the latest request may update the view.
  const latest = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // When the outcome replaces the buttons that had focus, focus would fall to the page: give it the outcome.
  useEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (focusLost && (state.step === 'done' || state.step === 'refused')) resultRef.current?.focus();
  }, [state.step]);

  const preview = async (fileName: string, pack: Pack, mode: ImportMode, base?: Promise<PreviewBase>) => {
    const request = ++latest.current;
    setState({ step: 'preview', fileName, pack, mode, summary: null, busy: true });
    try {
      const summary = previewOver(await (base ?? readPreviewBase(pageDatabase)), pack, mode);
      if (request === latest.current) setState({ step: 'preview', fileName, pack, mode, summary, busy: false });
    } catch (error) {
      if (request === latest.current) setState({ step: 'refused', fileName, problems: refusalLines(error) });
    }
  };

  const onFile = async (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file) return;
    const request = ++latest.current;
    if (file.size > MAX_PACK_BYTES) {
      setState({
        step: 'refused',
        fileName: file.name,
        problems: [t('packImport_theFileIsLargerThan', megabytes(MAX_PACK_BYTES))],
      });
      return;
    }
    setState({ step: 'checking', fileName: file.name });
    // The stored side is read while the file is read and parsed; a refused file leaves it unused.
    const base = readPreviewBase(pageDatabase);
    base.catch(() => {});
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      if (request === latest.current)
        setState({
          step: 'refused',
          fileName: file.name,
          problems: [t('packImport_theFileCouldNotBe', String(error))],
        });
      return;
    }
    if (request !== latest.current) return;
    const parsed = parsePackText(text);
    if (!parsed.ok) setState({ step: 'refused', fileName: file.name, problems: parsed.errors });
    else await preview(file.name, parsed.pack, 'merge', base);
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const request = ++latest.current;
    setState({ ...state, busy: true });
    try {
      const summary = await importPack(pageDatabase, state.pack, state.mode, new Date());
      const note = await announceCatalogueChange();
      if (request === latest.current) setState({ step: 'done', summary, note, undo: 'ready' });
    } catch (error) {
      if (request === latest.current)
        setState({ step: 'refused', fileName: state.fileName, problems: refusalLines(error) });
    }
  };

  const undo = async () => {
    if (state.step !== 'done' || !state.summary.backupId) return;
    const done = state;
    setState({ ...done, undo: 'busy' });
    try {
      await restoreBackup(pageDatabase, await readBackup(pageDatabase, done.summary.backupId!), new Date());
      const note = await announceCatalogueChange();
      setState({ ...done, note, undo: 'undone' });
    } catch (error) {
      setState({ ...done, undo: t('packImport_couldNotUndo', refusalLines(error).join(' ')) });
    }
  };

  const cancel = () => {
    latest.current++;
    setState({ step: 'idle' });
    inputRef.current?.focus();
  };

  return (
    <div class="pack-import">
      <div class="field">
        <label for={inputId}>{t('packImport_importStrategyPack')}</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint`}
          onChange={onFile}
        />
        <p id={`${inputId}-hint`} class="hint">
          {messageParts(
            'packImport_aStrategyPackExportedFrom',
            <code>{t('packImport_json')}</code>,
            megabytes(MAX_PACK_BYTES),
          )}
        </p>
      </div>

      {state.step === 'checking' && (
        <p role="status" class="pending">
          {t('packImport_checking', state.fileName)}
        </p>
      )}

      {state.step === 'refused' && (
        <div ref={resultRef} tabIndex={-1} class="outcome">
          <ProblemAlert title={t('packImport_wasNotImportedNothingWas', state.fileName)} problems={state.problems} />
          <button type="button" class="quiet" onClick={cancel}>
            {t('packImport_dismiss')}
          </button>
        </div>
      )}

      {state.step === 'preview' && (
        <div class="import-preview">
          <ImportModeChoice
            mode={state.mode}
            disabled={state.busy}
            onChange={(mode) => preview(state.fileName, state.pack, mode)}
          />
          {state.summary ? (
            <>
              <ImportChangesTable
                caption={t('packImport_whatImportingFromWillChange', state.summary.name, state.fileName)}
                summary={state.summary}
              />
              <ImportRecordChanges summary={state.summary} />
            </>
          ) : (
            <p role="status" class="pending">
              {t('packImport_workingOutWhatWouldChange', state.fileName)}
            </p>
          )}
          <div class="actions">
            <button type="button" class="primary" disabled={state.busy || !state.summary} onClick={confirm}>
              {t('packImport_import')}
            </button>
            <button type="button" onClick={cancel}>
              {t('packImport_cancel')}
            </button>
          </div>
        </div>
      )}

      {state.step === 'done' && (
        <div ref={resultRef} tabIndex={-1} class="outcome">
          <p role="status" class="success">
            {state.undo === 'undone'
              ? t('packImport_undoneYourWorkspaceIsAs', state.summary.name)
              : t('packImport_imported', state.summary.name, state.summary.mode, changeTotals(state.summary))}
          </p>
          {state.summary.backupId && state.undo !== 'undone' && (
            <p class="hint">{t('packImport_aBackupOfYourWorkspace')}</p>
          )}
          {state.note && <p class="hint">{state.note}</p>}
          {state.undo !== 'ready' && state.undo !== 'busy' && state.undo !== 'undone' && (
            <ProblemAlert title={t('packImport_theImportWasNotUndone')} problems={[state.undo]} />
          )}
          {state.undo !== 'undone' && (
            <ImportChangesTable caption={t('packImport_whatTheImportChanged')} summary={state.summary} />
          )}
          <div class="actions">
            {state.summary.backupId && state.undo !== 'undone' && (
              <button type="button" disabled={state.undo === 'busy'} onClick={undo}>
                {t('packImport_undo')}
              </button>
            )}
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              {t('packImport_close')}
            </button>
            {state.undo !== 'undone' && <a href={routeHref('objectives')}>{t('packImport_seeTheObjectives')}</a>}
          </div>
        </div>
      )}
    </div>
  );
}
