import type { JSX } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import type { Reply } from '../../lib/messages/protocol';
import { Toast } from '../overlay/Toast';

interface Shown {
  /** A new toast each time, even with the same words, so its timer starts again. */
  serial: number;
  message: string;
  undo?: () => Promise<Reply<unknown>>;
}

export interface UndoToast {
  /** The toast to render, or null. */
  element: JSX.Element | null;
  /** Says what happened; `undo` puts it back (a `restoreRemoved`, a save of the old record). */
  show(message: string, undo?: () => Promise<Reply<unknown>>): void;
}

/** One toast per section: a new message replaces the last, and an undo says whether it worked. */
export function useUndoToast(): UndoToast {
  const [shown, setShown] = useState<Shown | null>(null);
  const serial = useRef(0);
  const show = useCallback((message: string, undo?: () => Promise<Reply<unknown>>) => {
    serial.current += 1;
    setShown({ serial: serial.current, message, ...(undo && { undo }) });
  }, []);
  // Stable, so the toast's timer is not restarted by every render of the section.
  const dismiss = useCallback(() => setShown(null), []);
  const undo = shown?.undo;
  const element = shown && (
    <Toast
      key={shown.serial}
      message={shown.message}
      onDismiss={dismiss}
      onUndo={
        undo &&
        (async () => {
          const reply = await undo();
          show(reply.ok ? t('useUndoToast_undone') : t('useUndoToast_couldNotUndo', reply.error));
        })
      }
    />
  );
  return { element, show };
}
