import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  question: string;
  consequences: string;
  confirmLabel: string;
  /** Does the thing; answers an error to show, or null when done, and then the dialog closes. */
  onConfirm(): Promise<string | null>;
  onClose(): void;
  /** The id of what takes the focus after confirming, as the button that opened the dialog may be gone. */
  focusAfterConfirm: string;
}

/** Asks before something that takes records away, saying what goes with it. Cancel has the focus first. */
export function ConfirmDialog({
  question,
  consequences,
  confirmLabel,
  onConfirm,
  onClose,
  focusAfterConfirm,
}: ConfirmDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmed = useRef(false);
  return (
    <Dialog
      title={question}
      onClose={onClose}
      returnFocusTo={() => (confirmed.current ? document.getElementById(focusAfterConfirm) : null)}
    >
      <p class="dialog-consequences">{consequences}</p>
      {error && (
        <p class="problem-alert" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions dialog-actions">
        <button type="button" autofocus onClick={onClose}>
          {t('confirmDialog_cancel')}
        </button>
        <button
          type="button"
          class="danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const problem = await onConfirm();
            if (problem === null) {
              confirmed.current = true;
              return onClose();
            }
            setBusy(false);
            setError(problem);
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
