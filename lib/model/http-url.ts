/** The longest address stored: the background refuses a longer one, with the whole request that carries it. */
export const MAX_URL_LENGTH = 2000;

/** Only http(s) links are ever opened from data that came from outside. Free of Zod for content scripts. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Whether addresses a page gave are ones the background stores (http(s),
 * not too long), for many addresses of one page. One within the page's own
 * origin is, without parsing it: nothing after `origin/` can make an address
 * invalid (the parser escapes what it does not take). Parsing each of a
 * 20,000-card board's addresses took its tab 280 ms as it closed.
 */
export function storableUrlCheck(pageUrl: string): (value: string) => boolean {
  const prefix = isHttpUrl(pageUrl) ? `${new URL(pageUrl).origin}/` : null;
  return (value) =>
    value.length <= MAX_URL_LENGTH && ((prefix !== null && value.startsWith(prefix)) || isHttpUrl(value));
}
