import type { Tracker } from '../model/item-id';
import { azureDevOpsSite } from '../trackers/azure-devops-site';

/**
 * The part of a tracker a page speaks for, read from its address the way
 * sender-site.ts checks it: an Azure DevOps organization or collection, or,
 * for Jira and Asana, the host (a Jira Data Center's context path is only in
 * its markup, so every Jira on the host belongs). Null when the page names none.
 */
export function pageScope(tracker: Tracker, url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (tracker === 'azure-devops') return azureDevOpsSite(url)?.site ?? null;
  return url.host.toLowerCase();
}

/**
 * `pageScope` for the addresses a tab goes through, read again only when
 * the address changes: every request of a tab asks it, and parsing the
 * address each time was a fifth of telling the background about 50 new cards.
 */
export function pageScopeOf(tracker: Tracker): (href: string) => string | null {
  let last: { href: string; scope: string | null } | null = null;
  return (href) => {
    if (last?.href !== href) last = { href, scope: pageScope(tracker, new URL(href)) };
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
