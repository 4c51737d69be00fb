import { useId, useRef, useState } from 'preact/hooks';
import { listBackups, previewRestore, type Restorable, readBackup, restoreBackup } from '../../lib/db/backups';
import { pageDatabase } from '../../lib/db/page-database';
import type { BackupInfo, BackupReason } from '../../lib/model/backup';
import type { ImportSummary } from '../../lib/model/import-summary';
import { announceCatalogueChange, refusalLines } from '../../lib/workspace/page-writes';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { ImportChangesTable } from '../ImportChangesTable';
import { ImportRecordChanges } from '../ImportRecordChanges';
import { ProblemAlert } from '../ProblemAlert';

const REASONS: Record<BackupReason, string> = {
  daily: 'Daily',
  'before-replace': 'Before a replace',
  'before-restore': 'Before a restore',
  'before-unsubscribe': 'Before an unsubscribe',
};

type RestoreState =
  | { step: 'idle' }
  | { step: 'loading'; id: string }
  | { step: 'preview'; restorable: Restorable; summary: ImportSummary; busy: boolean }
  | { step: 'done'; takenAt: string; before: string; undone: boolean; note: string | null }
  | { step: 'refused'; problems: string[] };

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
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
      <h2 id={headingId}>Backups</h2>
      <p class="hint">
        Throughline keeps the last ten copies of your whole workspace: one a day, and one before every replace, restore
        or unsubscribe. They stay in this browser.
      </p>
      {backups !== undefined &&
        (backups.length === 0 ? (
          <p class="empty">No backups yet. The first is taken within a day, or before the first replace.</p>
        ) : (
          <table class="backup-list">
            <caption class="visually-hidden">Backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Why</th>
                <th scope="col">Records</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.id} data-backup={backup.id}>
                  <th scope="row">{new Date(backup.takenAt).toLocaleString()}</th>
                  <td>{REASONS[backup.reason]}</td>
                  <td>{backup.records}</td>
                  <td>{formatBytes(backup.bytes)}</td>
                  <td class="actions">
                    <button
                      type="button"
                      disabled={state.step === 'loading'}
                      onClick={() => open(backup)}
                      aria-label={`Restore the backup of ${new Date(backup.takenAt).toLocaleString()}`}
                    >
                      Restore…
                    </button>
                    <button
                      type="button"
                      onClick={() => remove(backup)}
                      aria-label={`Delete the backup of ${new Date(backup.takenAt).toLocaleString()}`}
                    >
                      Delete
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
            Reading the backup…
          </p>
        )}
        {state.step === 'refused' && <ProblemAlert title="Nothing was restored." problems={state.problems} />}
        {state.step === 'preview' && (
          <div class="import-preview">
            <ImportChangesTable
              caption={`What restoring the backup of ${new Date(state.restorable.info.takenAt).toLocaleString()} will change`}
              summary={state.summary}
            />
            <ImportRecordChanges summary={state.summary} />
            <p class="hint">A backup of the workspace as it is now is taken first.</p>
            <div class="actions">
              <button
                type="button"
                class="primary"
                disabled={state.busy}
                onClick={() => restore(state.restorable, false)}
              >
                Restore
              </button>
              <button type="button" onClick={() => setState({ step: 'idle' })}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {state.step === 'done' && (
          <div>
            <p role="status" class="success">
              {state.undone
                ? 'Undone: the workspace is as it was before the restore.'
                : `Restored the backup of ${new Date(state.takenAt).toLocaleString()}.`}
            </p>
            {state.note && <p class="hint">{state.note}</p>}
            <div class="actions">
              {!state.undone && (
                <button type="button" onClick={() => undo(state.before)}>
                  Undo
                </button>
              )}
              <button type="button" onClick={() => setState({ step: 'idle' })}>
                Close
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
