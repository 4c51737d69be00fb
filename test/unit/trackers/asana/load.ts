import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FoundItem } from '../../../../lib/trackers/adapter';

/** The tracker families whose hand-written pages live in test/fixtures/<family>/, with a urls.json beside them. */
export type Family = 'asana' | 'azure-devops';

// By path, not `new URL(…, import.meta.url)`: under happy-dom, `URL` resolves against the page.
const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

interface HappyDomWindow {
  happyDOM: { setURL(url: string): void };
}

/** Each fixture file of a family and the real addresses it stands for (Azure DevOps lists both host forms). */
export function fixtureUrls(family: Family): Record<string, string[]> {
  const raw = JSON.parse(readFileSync(join(FIXTURES_DIR, family, 'urls.json'), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).map(([file, urls]) => [file, [urls].flat().map(String)]));
}

export function fixtureFiles(family: Family): string[] {
  return Object.keys(fixtureUrls(family));
}

/** The first address a fixture stands for. */
export function fixtureUrl(family: Family, file: string): string {
  const url = fixtureUrls(family)[file]?.[0];
  if (url === undefined) throw new Error(`${family}/${file} is not in urls.json`);
  return url;
}

/**
 * Puts a fixture in happy-dom's document, as the page at `href` (by default
 * the first address it stands for), and returns what an adapter is given.
 */
export function loadFixture(
  family: Family,
  file: string,
  href = fixtureUrl(family, file),
): { doc: Document; url: URL } {
  (window as unknown as HappyDomWindow).happyDOM.setURL(href);
  const html = readFileSync(join(FIXTURES_DIR, family, file), 'utf8');
  const fresh = new DOMParser().parseFromString(html, 'text/html');
  const page = document.importNode(fresh.documentElement, true);
  // Remove, then append: happy-dom refuses replaceChild on the document element.
  document.documentElement.remove();
  document.append(page);
  return { doc: document, url: new URL(href) };
}

/** The keys found, in page order. */
export function keys(items: readonly FoundItem[]): string[] {
  return items.map((item) => item.ref.key);
}

/** The one item found for `key`; fails the test when there is not exactly one. */
export function itemFor(items: readonly FoundItem[], key: string): FoundItem {
  const matching = items.filter((item) => item.ref.key === key);
  if (matching.length !== 1) throw new Error(`expected one item ${key}, found ${matching.length}`);
  return matching[0] as FoundItem;
}

/** Replaces `element` with a fresh copy, as a virtualized list does when it re-renders a row. */
export function recreate(element: Element): Element {
  const copy = element.cloneNode(true) as Element;
  const parent = element.parentNode;
  const next = element.nextSibling;
  element.remove();
  parent?.insertBefore(copy, next);
  return copy;
}
