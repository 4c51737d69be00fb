import { useId, useState } from 'preact/hooks';
import { catalogueTable } from '../lib/db/catalogue';
import { exportPack, packFileText } from '../lib/db/pack-io';
import { pageDatabase } from '../lib/db/page-database';
import { t } from '../lib/i18n/catalogue';
import { PACK_LISTS } from '../lib/model/import-summary';
import { download } from '../lib/workspace/download';
import { refusalLines } from '../lib/workspace/page-writes';
import { useLiveQuery } from '../lib/workspace/use-live-query';
import { ProblemAlert } from './ProblemAlert';

type ExportState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; message: string }
  | { step: 'failed'; problems: string[] };

/** Downloads the whole workspace as a strategy pack file, read straight from the database so its size is no limit. */
export function PackExport() {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const reasonId = useId();
  // Counting is cheap at any size; a pack of nothing would only mislead whoever it is sent to.
  const empty = useLiveQuery(
    async () =>
      (await Promise.all(PACK_LISTS.map((list) => catalogueTable(pageDatabase, list).count()))).every(
        (count) => count === 0,
      ),
    [],
  );

  const exportWorkspace = async () => {
    setState({ step: 'busy' });
    try {
      const pack = await exportPack(pageDatabase, new Date());
      const fileName = packFileName(new Date());
      download(fileName, packFileText(pack), 'application/json');
      setState({ step: 'done', message: t('packExport_savedAs', pack.name, fileName) });
    } catch (error) {
      setState({ step: 'failed', problems: refusalLines(error) });
    }
  };

  return (
    <div class="pack-export">
      <button
        type="button"
        class="primary"
        disabled={state.step === 'busy' || empty !== false}
        aria-describedby={empty ? reasonId : undefined}
        onClick={exportWorkspace}
      >
        {t('packExport_exportStrategyPack')}
      </button>
      {empty && (
        <p id={reasonId} class="hint">
          {t('packExport_nothingToExportYetThe')}
        </p>
      )}
      {state.step === 'done' && (
        <div class="outcome dismissible">
          <p role="status" class="success">
            {state.message}
          </p>
          <button type="button" class="quiet" onClick={() => setState({ step: 'idle' })}>
            {t('packExport_dismiss')}
          </button>
        </div>
      )}
      {state.step === 'failed' && (
        <div class="outcome dismissible">
          <ProblemAlert title={t('packExport_thePackWasNotExported')} problems={state.problems} />
          <button type="button" class="quiet" onClick={() => setState({ step: 'idle' })}>
            {t('packExport_dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}

/** `throughline-pack-YYYY-MM-DD.json`, on the user's own calendar day. */
export function packFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `throughline-pack-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
