/** Only http(s) links are ever opened from data that came from outside. Free of Zod for content scripts. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
