import { normalizeSite, type Tracker } from '../model/item-id';
import { azureDevOpsSite } from '../trackers/azure-devops-site';

/** Reads the part of a tracker a page speaks for from its address; null when the page names none. */
export type ScopeReader = (url: URL) => string | null;

const onTheWeb = (url: URL) => url.protocol === 'https:' || url.protocol === 'http:';

/**
 * A Jira's or Asana's page speaks for its host: a Jira Data Center's context
 * path is only in its markup, so every Jira on the host belongs.
 */
export const hostScope: ScopeReader = (url) => (onTheWeb(url) ? url.host.toLowerCase() : null);

/** An Azure DevOps page speaks for its organization or collection. */
export const azureDevOpsScope: ScopeReader = (url) => (onTheWeb(url) ? (azureDevOpsSite(url)?.site ?? null) : null);

/**
 * The part of a tracker a page speaks for, read from its address the way
 * sender-site.ts checks it. A content script is given its own tracker's
 * reader instead (`pageScopeOf`): Jira's and Asana's then carry none of
 * Azure DevOps's address reading.
 */
export function pageScope(tracker: Tracker, url: URL): string | null {
  return (tracker === 'azure-devops' ? azureDevOpsScope : hostScope)(url);
}

/**
 * The part of a tracker an item's site belongs to, as `pageScope` reads it
 * from a page: a page speaks for a site's items when the two are the same.
 * An Azure DevOps site is its own scope; a Jira's or Asana's is its host.
 */
export function siteScope(tracker: Tracker, site: string): string {
  const canonical = normalizeSite(tracker, site);
  const slash = canonical.indexOf('/');
  return tracker === 'azure-devops' || slash === -1 ? canonical : canonical.slice(0, slash);
}

/**
 * A page's scope for the addresses a tab goes through, read again only when
 * the address changes: every request of a tab asks it, and parsing the
 * address each time was a fifth of telling the background about 50 new cards.
 */
export function pageScopeOf(read: ScopeReader): (href: string) => string | null {
  let last: { href: string; scope: string | null } | null = null;
  return (href) => {
    if (last?.href !== href) last = { href, scope: read(new URL(href)) };
    return last.scope;
  };
}

/**
 * Where the canonical ids (`tracker:site:key`) of a scope's items start, for
 * a range read of an index: an Azure DevOps scope is one site; a host holds
 * the site without a context path and any with one.
 */
export function scopeIdPrefixes(tracker: Tracker, scope: string): string[] {
  return tracker === 'azure-devops' ? [`${tracker}:${scope}:`] : [`${tracker}:${scope}:`, `${tracker}:${scope}/`];
}
