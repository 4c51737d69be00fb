import type { TargetedEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { send } from '../lib/messages/client';
import type { ImportMode } from '../lib/messages/protocol';
import type { ImportSummary } from '../lib/model/import-summary';
import type { Pack } from '../lib/model/pack';
import { parsePackText } from '../lib/model/parse-pack';
import { changeTotals, ImportChangesTable } from './ImportChangesTable';
import { ImportModeChoice } from './ImportModeChoice';
import { ProblemAlert } from './ProblemAlert';

type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; problems: string[] }
  | { step: 'preview'; fileName: string; pack: Pack; mode: ImportMode; summary: ImportSummary | null; busy: boolean }
  | { step: 'done'; summary: ImportSummary };

/**
 * Imports a strategy pack file: checks it here for an early readable error,
 * shows what it would change, and imports it only when confirmed. A refused
 * pack changes nothing (the background imports all or nothing).
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

  const preview = async (fileName: string, pack: Pack, mode: ImportMode) => {
    const request = ++latest.current;
    setState({ step: 'preview', fileName, pack, mode, summary: null, busy: true });
    const reply = await send({ type: 'previewImport', pack, mode });
    if (request !== latest.current) return;
    if (reply.ok) setState({ step: 'preview', fileName, pack, mode, summary: reply.data, busy: false });
    else setState({ step: 'refused', fileName, problems: problemLines(reply.error) });
  };

  const onFile = async (event: TargetedEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file) return;
    const request = ++latest.current;
    setState({ step: 'checking', fileName: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      if (request === latest.current)
        setState({
          step: 'refused',
          fileName: file.name,
          problems: [`The file could not be read (${String(error)}).`],
        });
      return;
    }
    if (request !== latest.current) return;
    const parsed = parsePackText(text);
    if (!parsed.ok) setState({ step: 'refused', fileName: file.name, problems: parsed.errors });
    else await preview(file.name, parsed.pack, 'replace');
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const request = ++latest.current;
    setState({ ...state, busy: true });
    const reply = await send({ type: 'importPack', pack: state.pack, mode: state.mode });
    if (request !== latest.current) return;
    if (reply.ok) setState({ step: 'done', summary: reply.data });
    else setState({ step: 'refused', fileName: state.fileName, problems: problemLines(reply.error) });
  };

  const cancel = () => {
    latest.current++;
    setState({ step: 'idle' });
    inputRef.current?.focus();
  };

  return (
    <div class="pack-import">
      <div class="field">
        <label for={inputId}>Import strategy pack</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${inputId}-hint`}
          onChange={onFile}
        />
        <p id={`${inputId}-hint`} class="hint">
          A <code>.json</code> strategy pack exported from Throughline. You will see what it changes before anything is
          imported.
        </p>
      </div>

      {state.step === 'checking' && (
        <p role="status" class="pending">
          Checking “{state.fileName}”…
        </p>
      )}

      {state.step === 'refused' && (
        <div ref={resultRef} tabIndex={-1} class="outcome">
          <ProblemAlert
            title={`“${state.fileName}” was not imported. Nothing was changed.`}
            problems={state.problems}
          />
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
            <ImportChangesTable
              caption={`What importing “${state.summary.name}” from “${state.fileName}” will change`}
              summary={state.summary}
            />
          ) : (
            <p role="status" class="pending">
              Working out what “{state.fileName}” would change…
            </p>
          )}
          <div class="actions">
            <button type="button" class="primary" disabled={state.busy || !state.summary} onClick={confirm}>
              Import
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}

      {state.step === 'done' && (
        <div ref={resultRef} tabIndex={-1} class="outcome">
          <p role="status" class="success">
            Imported “{state.summary.name}” ({state.summary.mode}): {changeTotals(state.summary)}.
          </p>
          <ImportChangesTable caption="What the import changed" summary={state.summary} />
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}

/** The background joins several reasons with line breaks. */
function problemLines(error: string): string[] {
  return error
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
