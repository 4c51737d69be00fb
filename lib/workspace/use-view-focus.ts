import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves the focus to a view's heading when the user moves to another view,
 * as a page load would, after the frame: a closing dialog hands the focus
 * back to its opener first, and must not win. A view reached that way may
 * redraw its heading as a new element once its data arrives (a new
 * objective's page says "not found" until the catalogue has it): the focus,
 * lost with the old element, goes to the new one. The view the page opens
 * on takes no focus.
 */
export function useViewFocus(view: string, headingId: string, heading: string): void {
  const firstView = useRef(view);
  const moved = useRef(false);
  useEffect(() => {
    if (view === firstView.current && !moved.current) return;
    moved.current = true;
    const frame = requestAnimationFrame(() => document.getElementById(headingId)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [view]);
  useEffect(() => {
    if (!moved.current) return;
    const active = document.activeElement;
    if (active === null || active === document.body) document.getElementById(headingId)?.focus();
  }, [heading]);
}
