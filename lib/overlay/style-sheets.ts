/**
 * Gives shadow roots a set of styles, built once: one constructed sheet per
 * text is shared by every root (thousands of hosts on a big board); where
 * constructable sheets are not available, each root gets a <style>.
 */
export function styleAdopter(...texts: string[]): (root: ShadowRoot) => void {
  let sheets: CSSStyleSheet[] | null | undefined;
  return (root) => {
    if (sheets === undefined) {
      try {
        sheets = texts.map((text) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(text);
          return sheet;
        });
      } catch {
        sheets = null;
      }
    }
    if (sheets) {
      root.adoptedStyleSheets = sheets;
      return;
    }
    const style = root.ownerDocument.createElement('style');
    style.textContent = texts.join('\n');
    root.prepend(style);
  };
}
