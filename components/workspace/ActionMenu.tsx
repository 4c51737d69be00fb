import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface MenuAction {
  label: string;
  onSelect(): void;
  /** Deleting and the like: said in the danger colour. */
  destructive?: boolean;
}

interface Props {
  /** The button's accessible name: "More actions for GROW-2". */
  label: string;
  actions: readonly MenuAction[];
}

/**
 * A row's less frequent and destructive actions behind one quiet button, so
 * that they do not stand beside the row's main action as its equals. A menu
 * button as WAI-ARIA describes it: Enter, Space or the arrows open it on an
 * item; the arrows, Home and End move; Escape closes it and gives the focus
 * back to the button; Tab or a click elsewhere closes it.
 */
export function ActionMenu({ label, actions }: Props) {
  const menuId = useId();
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

  // Before the browser handles the next key: Enter pressed right after opening must reach the item, not the button.
  useLayoutEffect(() => {
    if (!open) return;
    const all = items();
    (open === 'first' ? all[0] : all.at(-1))?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    setOpen(null);
    button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      all[(index + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') setOpen(null);
  };

  return (
    <div class="action-menu">
      <button
        ref={button}
        type="button"
        class="quiet action-menu-button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(null) : setOpen('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-label={label} class="action-menu-list" onKeyDown={onMenuKey}>
          {actions.map((action) => (
            <button
              key={action.label}
              type="button"
              role="menuitem"
              tabIndex={-1}
              class={action.destructive ? 'destructive' : undefined}
              onClick={() => {
                // The focus goes back to the menu's button first, so that a dialog the action opens returns it there.
                close();
                action.onSelect();
              }}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
