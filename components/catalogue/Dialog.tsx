import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import './Dialog.css';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ComponentChildren;
  /**
   * Where the focus goes once the dialog is gone, asked at that moment; by
   * default (or when this answers nothing) back to what had it before, such
   * as the button that opened the dialog.
   */
  returnFocusTo?: () => HTMLElement | null | undefined;
}

/**
 * A modal dialog. The browser's own modal <dialog> keeps the focus inside
 * (the page behind is inert) and closes on Escape; this component owns
 * opening and closing, and gives the focus back when it goes away.
 */
export function Dialog({ title, onClose, children, returnFocusTo }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnTo = useRef(returnFocusTo);
  returnTo.current = returnFocusTo;

  useEffect(() => {
    const element = dialog.current!;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    return () => {
      if (element.open) element.close();
      const target = returnTo.current?.() ?? opener;
      if (target?.isConnected) target.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      class="catalogue-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: the owner decides, so the dialog is never closed behind its back.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
