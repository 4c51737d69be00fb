import { useState } from 'preact/hooks';
import { exportPack, packFileText } from '../lib/db/pack-io';
import { pageDatabase } from '../lib/db/page-database';
import { PACK_LISTS } from '../lib/model/import-summary';
import { download } from '../lib/workspace/download';
import { refusalLines } from '../lib/workspace/page-writes';
import { ProblemAlert } from './ProblemAlert';

type ExportState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; message: string }
  | { step: 'failed'; problems: string[] };

/** Downloads the whole workspace as a strategy pack file, read straight from the database so its size is no limit. */
export function PackExport() {
  const [state, setState] = useState<ExportState>({ step: 'idle' });

  const exportWorkspace = async () => {
    setState({ step: 'busy' });
    try {
      const pack = await exportPack(pageDatabase, new Date());
      const fileName = packFileName(new Date());
      download(fileName, packFileText(pack), 'application/json');
      const empty = PACK_LISTS.every((list) => pack[list].length === 0);
      setState({
        step: 'done',
        message: empty
          ? `Saved ${fileName}. The workspace is empty, so the pack holds no objectives yet.`
          : `Saved “${pack.name}” as ${fileName}.`,
      });
    } catch (error) {
      setState({ step: 'failed', problems: refusalLines(error) });
    }
  };

  return (
    <div class="pack-export">
      <button type="button" disabled={state.step === 'busy'} onClick={exportWorkspace}>
        Export strategy pack
      </button>
      {state.step === 'done' && (
        <p role="status" class="success">
          {state.message}
        </p>
      )}
      {state.step === 'failed' && <ProblemAlert title="The pack was not exported." problems={state.problems} />}
    </div>
  );
}

/** `throughline-pack-YYYY-MM-DD.json`, on the user's own calendar day. */
export function packFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `throughline-pack-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
