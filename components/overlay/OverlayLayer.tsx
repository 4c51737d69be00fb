import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import type { ObjectiveSummary } from '../../lib/model/annotation';
import { panelPlacement } from '../../lib/overlay/panel-placement';
import { ObjectivePicker, type ObjectivePickerProps } from '../ObjectivePicker';
import { ObjectiveCard } from './ObjectiveCard';
import { Toast, type ToastProps } from './Toast';

export interface FloatingCard {
  objective: ObjectiveSummary;
  /** Why the item serves the objective, in words. */
  reason?: string;
  rect: DOMRect;
}

export interface FloatingPicker extends Omit<ObjectivePickerProps, 'onClose'> {
  rect: DOMRect;
}

export interface OverlayLayerProps {
  card: FloatingCard | null;
  picker: FloatingPicker | null;
  toast: Omit<ToastProps, 'onDismiss'> | null;
  onCardEnter(): void;
  onCardLeave(): void;
  onClosePicker(): void;
  onDismissToast(): void;
}

/** Hover cards, the picker and toasts float above the page so cards with clipped overflow cannot hide them. */
export function OverlayLayer(props: OverlayLayerProps) {
  return (
    <div class="layer">
      {props.card && !props.picker && (
        <Panel rect={props.card.rect}>
          <div
            role="tooltip"
            aria-label={t('overlayLayer_details', props.card.objective.code)}
            onMouseEnter={props.onCardEnter}
            onMouseLeave={props.onCardLeave}
          >
            <ObjectiveCard objective={props.card.objective} reason={props.card.reason} />
          </div>
        </Panel>
      )}
      {props.picker && (
        <Panel rect={props.picker.rect}>
          <FocusTrap label={t('overlayLayer_objectivesFor', props.picker.subject)} onEscape={props.onClosePicker}>
            <ObjectivePicker {...props.picker} onClose={props.onClosePicker} />
          </FocusTrap>
        </Panel>
      )}
      {props.toast && <Toast {...props.toast} onDismiss={props.onDismissToast} />}
    </div>
  );
}

/** Beside its anchor, never over it, and kept inside the viewport (see panelPlacement). */
function Panel({ rect, children }: { rect: DOMRect; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    panel.style.maxHeight = '';
    const place = panelPlacement(rect, panel.getBoundingClientRect(), { width: innerWidth, height: innerHeight });
    panel.style.top = `${place.top}px`;
    panel.style.left = `${place.left}px`;
    if (place.maxHeight !== undefined) panel.style.maxHeight = `${place.maxHeight}px`;
  });
  return (
    <div ref={ref} class="panel">
      {children}
    </div>
  );
}

/** A modal dialog: Tab and Shift+Tab stay inside, Escape closes. */
function FocusTrap({ label, onEscape, children }: { label: string; onEscape(): void; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>('input, button, a[href]')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (ref.current.getRootNode() as Document | ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };
  return (
    <div ref={ref} role="dialog" aria-modal="true" aria-label={label} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}
