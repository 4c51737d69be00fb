/**
 * Canonical work item ids (`tracker:site:key`), kept free of Zod so that
 * content scripts can use them without pulling a schema library into the page.
 */

import { IdMap } from './id-map';

export const TRACKERS = ['jira', 'asana', 'azure-devops'] as const;
export type Tracker = (typeof TRACKERS)[number];

export interface ItemIdParts {
  tracker: Tracker;
  site: string;
  key: string;
}

const JIRA_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
const NUMERIC_KEY = /^\d{1,20}$/;
const SITE = /^[a-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~%-]+)*$/;
/** A site `normalizeSite` would leave as it is: a lower-case host and a path with no empty or trailing part. */
const NORMAL_SITE = /^[a-z0-9.-]+(?::\d{1,5})?(?:\/[^\s/]+)*$/;
const NORMAL_AZURE_SITE = /^[a-z0-9.-]+(?::\d{1,5})?(?:\/[a-z0-9._~%-]+)*$/;

export function isTracker(value: string): value is Tracker {
  return (TRACKERS as readonly string[]).includes(value);
}

/** Whether `key` has the shape of an item key on `tracker`. */
export function isValidKey(tracker: Tracker, key: string): boolean {
  return tracker === 'jira' ? JIRA_KEY.test(key) : NUMERIC_KEY.test(key);
}

/**
 * One spelling per site: lower-case host, no scheme, no trailing slash, and
 * `{org}.visualstudio.com` folded into `dev.azure.com/{org}` (the same
 * organization). Azure DevOps org and collection names are case-insensitive,
 * so the whole Azure DevOps site is lower-cased; Jira context paths are not.
 */
export function normalizeSite(tracker: Tracker, site: string): string {
  // Most sites come already in their one spelling (read from a page's host, or from an id): kept as they are, since
  // a 20,000-card board asks this of each card's id several times, and each step below makes a new string.
  const normal =
    tracker === 'azure-devops'
      ? NORMAL_AZURE_SITE.test(site) && !site.includes('.visualstudio.com')
      : NORMAL_SITE.test(site);
  if (normal) return site;
  let value = site
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '');
  const slash = value.indexOf('/');
  const host = (slash === -1 ? value : value.slice(0, slash)).toLowerCase();
  const path = slash === -1 ? '' : value.slice(slash);
  value = host + path;
  if (tracker !== 'azure-devops') return value;
  value = value.toLowerCase();
  const legacy = /^([a-z0-9-]+)\.visualstudio\.com(?:\/defaultcollection)?$/.exec(value);
  if (legacy) return `dev.azure.com/${legacy[1]}`;
  return value;
}

export function isValidSite(site: string): boolean {
  return site.length > 0 && site.length <= 200 && SITE.test(site);
}

/**
 * Joined rather than concatenated: `join` makes one flat string, where `+` makes a chain of parts that each map
 * the id enters flattens into a second copy (two strings kept for each of a board's cards).
 */
export function formatItemId(parts: ItemIdParts): string {
  return [parts.tracker, normalizeSite(parts.tracker, parts.site), parts.key].join(':');
}

/**
 * Reads a canonical id back into its parts, normalizing the site; `null` when
 * the id is not well formed. The site may itself hold `:` (a port), so the
 * key is taken after the last colon.
 */
export function parseItemId(id: string): Readonly<ItemIdParts> | null {
  let parts = parsed.get(id);
  if (parts !== undefined) return parts;
  parts = readItemId(id);
  // A request of 2,000 items reads each id several times over (its check, its facts, its resolving).
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(id, parts);
  return parts;
}

const MAX_PARSED = 20_000;
const parsed = new IdMap<Readonly<ItemIdParts> | null>();

/** How many parsed ids are kept (`parseItemId`): what a tab keeps for each item it resolves is measured by it. */
export function keptParses(): number {
  return parsed.size;
}

function readItemId(id: string): Readonly<ItemIdParts> | null {
  const first = id.indexOf(':');
  const last = id.lastIndexOf(':');
  if (first <= 0 || last === first) return null;
  const tracker = id.slice(0, first);
  if (!isTracker(tracker)) return null;
  const site = normalizeSite(tracker, id.slice(first + 1, last));
  const key = id.slice(last + 1);
  if (!isValidSite(site) || !isValidKey(tracker, key)) return null;
  return Object.freeze({ tracker, site, key });
}

/**
 * The canonical spelling of an id, or `null` when it is not one. Uses the
 * ids `parseItemId` keeps but keeps none itself: it checks every id of a
 * message or a pack once, and a pack's 100,000 distinct ids only made the
 * store start again every 20,000 (75 ms of a preview in keeping them).
 */
export function canonicalItemId(id: string): string | null {
  const parts = parsed.get(id) ?? readItemId(id);
  if (!parts) return null;
  const { tracker, site, key } = parts;
  // Tracker and key are the id's own: when its site is already normalized, the id is its canonical spelling,
  // and the same string rather than a joined copy that each map it enters would flatten and hash again.
  const canonical =
    id.length === tracker.length + site.length + key.length + 2 && id.startsWith(site, tracker.length + 1);
  return canonical ? id : formatItemId(parts);
}
