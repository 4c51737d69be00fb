import { useState } from 'preact/hooks';
import { send } from '../lib/messages/client';
import { PACK_LISTS } from '../lib/model/import-summary';
import { ProblemAlert } from './ProblemAlert';

type ExportState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'done'; message: string }
  | { step: 'failed'; error: string };

/** Downloads the whole workspace as a strategy pack file. */
export function PackExport() {
  const [state, setState] = useState<ExportState>({ step: 'idle' });

  const exportPack = async () => {
    setState({ step: 'busy' });
    const reply = await send({ type: 'exportPack' });
    if (!reply.ok) {
      setState({ step: 'failed', error: reply.error });
      return;
    }
    const fileName = packFileName(new Date());
    download(fileName, `${JSON.stringify(reply.data.pack, null, 2)}\n`);
    const empty = PACK_LISTS.every((list) => reply.data.pack[list].length === 0);
    setState({
      step: 'done',
      message: empty
        ? `Saved ${fileName}. The workspace is empty, so the pack holds no objectives yet.`
        : `Saved “${reply.data.pack.name}” as ${fileName}.`,
    });
  };

  return (
    <div class="pack-export">
      <button type="button" disabled={state.step === 'busy'} onClick={exportPack}>
        Export strategy pack
      </button>
      {state.step === 'done' && (
        <p role="status" class="success">
          {state.message}
        </p>
      )}
      {state.step === 'failed' && <ProblemAlert title="The pack was not exported." problems={[state.error]} />}
    </div>
  );
}

/** `throughline-pack-YYYY-MM-DD.json`, on the user's own calendar day. */
export function packFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `throughline-pack-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download before the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
