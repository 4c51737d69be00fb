import css from '../../components/overlay/overlay.css?inline';

let shared: CSSStyleSheet | null | undefined;

/**
 * Gives a shadow root the overlay's styles. One constructed sheet is shared by
 * every root (thousands on a big board); where constructable sheets are not
 * available, each root gets its own <style>.
 */
export function adoptStyles(root: ShadowRoot): void {
  if (shared === undefined) {
    try {
      shared = new CSSStyleSheet();
      shared.replaceSync(css);
    } catch {
      shared = null;
    }
  }
  if (shared) {
    root.adoptedStyleSheets = [shared];
    return;
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.prepend(style);
}
