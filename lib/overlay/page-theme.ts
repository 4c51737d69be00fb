/**
 * Whether the tracker is showing its dark theme. The trackers mark it in
 * different ways (Atlassian's `data-color-mode`, theme classes), so besides
 * the explicit marker we read the page's own background colour.
 */
export function pageIsDark(doc: Document): boolean {
  const mode = doc.documentElement.getAttribute('data-color-mode');
  if (mode === 'dark') return true;
  if (mode === 'light') return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const luminance = backgroundLuminance(getComputedStyle(element).backgroundColor);
    if (luminance !== null) return luminance < 0.4;
  }
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Relative luminance of an opaque `rgb()`/`rgba()` colour, or null when transparent or unreadable. */
export function backgroundLuminance(color: string): number | null {
  const match = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?/.exec(color);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : Number.parseFloat(match[4]) / (match[4].endsWith('%') ? 100 : 1);
  if (alpha < 0.5) return null;
  const [r, g, b] = [match[1], match[2], match[3]].map((channel) => Number(channel) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
