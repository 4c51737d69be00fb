import type { ToastProps } from '../../components/overlay/Toast';

export type ToastState = Omit<ToastProps, 'onDismiss'>;

/** The one confirmation shown at a time ("Linked PAY-3 to GROW-2", with Undo). */
export function createToasts(changed: () => void) {
  let current: ToastState | null = null;
  return {
    get current(): ToastState | null {
      return current;
    },
    show(message: string, onUndo?: () => void): void {
      current = { message, onUndo };
      changed();
    },
    dismiss(): void {
      current = null;
      changed();
    },
  };
}

export type Toasts = ReturnType<typeof createToasts>;
