/**
 * A workspace address's hash, free of Preact so that the background can
 * build one too. Each `/`-separated part of the argument is encoded on its
 * own, so `objective/ob-1/bt-2` reads as it is.
 */
export function routeHref(section: string, arg?: string): string {
  return `#${encodeURIComponent(section)}${arg ? `/${arg.split('/').map(encodeURIComponent).join('/')}` : ''}`;
}
