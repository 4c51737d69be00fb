import { useId, useRef, useState } from 'preact/hooks';
import { listBackups, previewRestore, type Restorable, readBackup, restoreBackup } from '../../lib/db/backups';
import { pageDatabase } from '../../lib/db/page-database';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import type { BackupInfo, BackupReason } from '../../lib/model/backup';
import type { ImportSummary } from '../../lib/model/import-summary';
import { announceCatalogueChange, refusalLines } from '../../lib/workspace/page-writes';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { ImportChangesTable } from '../ImportChangesTable';
import { ImportRecordChanges } from '../ImportRecordChanges';
import { ProblemAlert } from '../ProblemAlert';

const REASONS: Record<BackupReason, string> = {
  get daily() {
    return t('backupsPanel_daily');
  },
  get 'before-replace'() {
    return t('backupsPanel_beforeAReplace');
  },
  get 'before-restore'() {
    return t('backupsPanel_beforeARestore');
  },
  get 'before-unsubscribe'() {
    return t('backupsPanel_beforeAnUnsubscribe');
  },
};

type RestoreState =
  | { step: 'idle' }
  | { step: 'loading'; id: string }
  | { step: 'preview'; restorable: Restorable; summary: ImportSummary; busy: boolean }
  | { step: 'done'; takenAt: string; before: string; undone: boolean; note: string | null }
  | { step: 'refused'; problems: string[] };

/** A size in the reader's locale, in the largest unit under which it stays at least 1 (Intl's unit names). */
export function formatBytes(bytes: number): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1024 * 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(undefined, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** The rolling backups, newest first, each restored after the same record-level preview an import shows. */
export function BackupsPanel() {
  const headingId = useId();
  const backups = useLiveQuery(() => listBackups(pageDatabase), []);
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const outcomeRef = useRef<HTMLDivElement>(null);

  const open = async (backup: BackupInfo) => {
    setState({ step: 'loading', id: backup.id });
    try {
      const restorable = await readBackup(pageDatabase, backup.id);
      setState({ step: 'preview', restorable, summary: await previewRestore(pageDatabase, restorable), busy: false });
    } catch (error) {
      setState({ step: 'refused', problems: refusalLines(error) });
    }
    outcomeRef.current?.focus();
  };

  const restore = async (restorable: Restorable, undo: boolean) => {
    if (state.step === 'preview') setState({ ...state, busy: true });
    try {
      const before = await restoreBackup(pageDatabase, restorable, new Date());
      const note = await announceCatalogueChange();
      setState({ step: 'done', takenAt: restorable.info.takenAt, before: before.id, undone: undo, note });
    } catch (error) {
      setState({ step: 'refused', problems: refusalLines(error) });
    }
    outcomeRef.current?.focus();
  };

  const undo = async (before: string) => {
    try {
      await restore(await readBackup(pageDatabase, before), true);
    } catch (error) {
      setState({ step: 'refused', problems: refusalLines(error) });
    }
  };

  const remove = async (backup: BackupInfo) => {
    await pageDatabase.transaction('rw', [pageDatabase.backups, pageDatabase.backupData], async () => {
      await pageDatabase.backups.delete(backup.id);
      await pageDatabase.backupData.delete(backup.id);
    });
  };

  return (
    <section class="backups" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('backupsPanel_backups')}</h2>
      <p class="hint">{t('backupsPanel_throughlineKeepsTheLastTen')}</p>
      {backups !== undefined &&
        (backups.length === 0 ? (
          <p class="empty">{t('backupsPanel_noBackupsYetTheFirst')}</p>
        ) : (
          <table class="backup-list">
            <caption class="visually-hidden">{t('backupsPanel_backupsNewestFirst')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backupsPanel_taken')}</th>
                <th scope="col">{t('backupsPanel_why')}</th>
                <th scope="col">{t('backupsPanel_records')}</th>
                <th scope="col">{t('backupsPanel_size')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('backupsPanel_actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.id} data-backup={backup.id}>
                  <th scope="row">{readerFormat.dateTime(backup.takenAt)}</th>
                  <td>{REASONS[backup.reason]}</td>
                  <td>{backup.records}</td>
                  <td>{formatBytes(backup.bytes)}</td>
                  <td class="actions">
                    <button
                      type="button"
                      disabled={state.step === 'loading'}
                      onClick={() => open(backup)}
                      aria-label={t('backupsPanel_restoreTheBackupOf', readerFormat.dateTime(backup.takenAt))}
                    >
                      {t('backupsPanel_restore')}
                    </button>
                    <button
                      type="button"
                      onClick={() => remove(backup)}
                      aria-label={t('backupsPanel_deleteTheBackupOf', readerFormat.dateTime(backup.takenAt))}
                    >
                      {t('backupsPanel_delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <div ref={outcomeRef} tabIndex={-1} class="outcome">
        {state.step === 'loading' && (
          <p role="status" class="pending">
            {t('backupsPanel_readingTheBackup')}
          </p>
        )}
        {state.step === 'refused' && (
          <ProblemAlert title={t('backupsPanel_nothingWasRestored')} problems={state.problems} />
        )}
        {state.step === 'preview' && (
          <div class="import-preview">
            <ImportChangesTable
              caption={t('backupsPanel_whatRestoringTheBackupOf', readerFormat.dateTime(state.restorable.info.takenAt))}
              summary={state.summary}
            />
            <ImportRecordChanges summary={state.summary} />
            <p class="hint">{t('backupsPanel_aBackupOfTheWorkspace')}</p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={state.busy}
                onClick={() => restore(state.restorable, false)}
              >
                {t('backupsPanel_restore2')}
              </button>
              <button type="button" onClick={() => setState({ step: 'idle' })}>
                {t('backupsPanel_cancel')}
              </button>
            </div>
          </div>
        )}
        {state.step === 'done' && (
          <div>
            <p role="status" class="success">
              {state.undone
                ? t('backupsPanel_undoneTheWorkspaceIsAs')
                : t('backupsPanel_restoredTheBackupOf', readerFormat.dateTime(state.takenAt))}
            </p>
            {state.note && <p class="hint">{state.note}</p>}
            <div class="actions">
              {!state.undone && (
                <button type="button" onClick={() => undo(state.before)}>
                  {t('backupsPanel_undo')}
                </button>
              )}
              <button type="button" onClick={() => setState({ step: 'idle' })}>
                {t('backupsPanel_close')}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
