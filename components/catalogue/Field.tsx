import type { JSX } from 'preact';
import { t } from '../../lib/i18n/catalogue';
import type { Conflict } from './use-record-form';
import './Field.css';

/** What a form control needs to be labelled and to announce its problem. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  id: string;
  label: string;
  /** The model's message, read after the label: "Title" + "must not be empty". */
  error?: string | undefined;
  hint?: string;
  children(control: ControlProps): JSX.Element;
}

/** A labelled form control with its hint and, when there is one, its problem right beside it. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="catalogue-field" data-invalid={error ? 'true' : undefined}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {label} {error}
        </p>
      )}
    </div>
  );
}

/** Problems that name no field of the form, such as the background being unreachable. */
export function FormAlert({ problems, conflict }: { problems: readonly string[]; conflict?: Conflict | null }) {
  if (problems.length === 0 && !conflict) return null;
  return (
    <div class="problem-alert" role="alert">
      <p class="problem-alert-title">{t('field_notSaved')}</p>
      <ul class="problem-alert-list">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
        {conflict && <li>{conflict.message}</li>}
      </ul>
      {conflict && (
        <div class="actions">
          <button type="button" onClick={conflict.reload}>
            {t('field_reload')}
          </button>
          <button type="button" onClick={conflict.overwrite}>
            {t('field_overwrite')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The value of the control an input event came from. */
export function inputValue(event: Event): string {
  return (event.currentTarget as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
}
