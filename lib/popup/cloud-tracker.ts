import type { Tracker } from '../model/item-id';

/**
 * The tracker a cloud page belongs to, from its address alone (as
 * CLOUD_HOST_PATTERNS allow them); `null` for any other page, self-hosted
 * sites included, whose tracker is what the user said when adding them.
 */
export function cloudTrackerOf(href: string | undefined): Tracker | null {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const host = url.hostname;
  if (host.endsWith('.atlassian.net')) return 'jira';
  if (host === 'app.asana.com') return 'asana';
  if (host === 'dev.azure.com' || host.endsWith('.visualstudio.com')) return 'azure-devops';
  return null;
}
