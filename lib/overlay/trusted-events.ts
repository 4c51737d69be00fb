/**
 * Events a page can make up (`dispatchEvent`, `element.click()`) to work our
 * UI: open the picker, choose in it, type into it. None of ours react to them.
 */
const GUARDED = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mouseover',
  'mouseout',
  'mouseenter',
  'mouseleave',
  'pointerdown',
  'pointerup',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  'focusin',
  'focusout',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'wheel',
] as const;

function stopUntrusted(event: Event): void {
  if (!event.isTrusted) event.stopImmediatePropagation();
}

/**
 * Stops every made-up event at the root of our UI, in the capture phase,
 * before it reaches a handler inside: every in-page handler of ours then
 * sees only what a person did. Answers the undo.
 */
export function refuseUntrusted(root: EventTarget): () => void {
  for (const type of GUARDED) root.addEventListener(type, stopUntrusted, true);
  return () => {
    for (const type of GUARDED) root.removeEventListener(type, stopUntrusted, true);
  };
}
