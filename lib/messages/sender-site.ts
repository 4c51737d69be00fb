import { type ItemIdParts, normalizeSite, type Tracker } from '../model/item-id';
import { azureDevOpsSite } from '../trackers/azure-devops-site';

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
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const canonical = normalizeSite(tracker, site);
  if (tracker === 'azure-devops') return azureDevOpsSite(url)?.site === canonical;
  const slash = canonical.indexOf('/');
  return (slash === -1 ? canonical : canonical.slice(0, slash)) === url.host.toLowerCase();
}

export function itemBelongsToSender(item: ItemIdParts, senderUrl: string): boolean {
  return siteBelongsToSender(item.tracker, item.site, senderUrl);
}
