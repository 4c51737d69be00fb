import { useId } from 'preact/hooks';
import { t } from '../lib/i18n/catalogue';
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
      <legend>{t('importModeChoice_howToImport')}</legend>
      {option('merge', t('importModeChoice_merge'), t('importModeChoice_addsWhatIsNewAnd'))}
      {option('replace', t('importModeChoice_replace'), t('importModeChoice_yourOwnStrategyBecomesExactly'))}
    </fieldset>
  );
}
