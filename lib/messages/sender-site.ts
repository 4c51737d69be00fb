import type { ItemIdParts, Tracker } from '../model/item-id';
import { pageScope, siteScope } from './site-scope';

/**
 * Whether a content script on `senderUrl` speaks for items of `site`: a page
 * may only ask about and change its own site's items. Azure DevOps sites are
 * an organization or collection, read from the address itself; a Jira Data
 * Center site carries a context path that only its page's markup tells, so
 * there the host (and port) must match.
 */
export function siteBelongsToSender(tracker: Tracker, site: string, senderUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(senderUrl);
  } catch {
    return false;
  }
  const scope = pageScope(tracker, url);
  return scope !== null && scope === siteScope(tracker, site);
}

export function itemBelongsToSender(item: ItemIdParts, senderUrl: string): boolean {
  return siteBelongsToSender(item.tracker, item.site, senderUrl);
}
