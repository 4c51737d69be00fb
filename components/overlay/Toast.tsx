import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';

export interface ToastProps {
  message: string;
  onUndo?: () => void;
  onDismiss(): void;
}

const SHOW_FOR_MS = 8000;

/** A short confirmation with an undo, announced to screen readers. */
export function Toast({ message, onUndo, onDismiss }: ToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOW_FOR_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div class="toast" role="status">
      <span>{message}</span>
      {onUndo && (
        <button type="button" onClick={onUndo}>
          {t('toast_undo')}
        </button>
      )}
    </div>
  );
}
