import { useId } from 'preact/hooks';
import type { ImportMode } from '../lib/messages/protocol';

export interface ImportModeChoiceProps {
  mode: ImportMode;
  disabled?: boolean;
  onChange(mode: ImportMode): void;
}

/** Replace or Merge, each with what it does to records the pack does not hold. */
export function ImportModeChoice({ mode, disabled, onChange }: ImportModeChoiceProps) {
  const name = useId();
  const option = (value: ImportMode, label: string, explanation: string) => (
    <label class="import-mode-option">
      <input
        type="radio"
        name={name}
        value={value}
        checked={mode === value}
        disabled={disabled}
        onChange={() => onChange(value)}
      />
      <span>
        <strong>{label}</strong> <span class="import-mode-explanation">{explanation}</span>
      </span>
    </label>
  );
  return (
    <fieldset class="import-mode">
      <legend>How to import</legend>
      {option('merge', 'Merge', 'Adds what is new and updates records with the same id; keeps everything else.')}
      {option(
        'replace',
        'Replace',
        'Your own strategy becomes exactly this pack: your objectives, targets, check-ins, links and rules that are not in it are removed (subscribed packs stay). A backup is taken first, and you can undo.',
      )}
    </fieldset>
  );
}
