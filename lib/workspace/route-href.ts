/** A workspace address's hash, free of Preact so that the background can build one too. */
export function routeHref(section: string, arg?: string): string {
  return `#${encodeURIComponent(section)}${arg ? `/${encodeURIComponent(arg)}` : ''}`;
}
