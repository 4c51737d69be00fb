import type { Tracker } from '../model/item-id';

/** Match patterns of the cloud trackers: the only hosts Throughline needs up front. */
export const CLOUD_HOST_PATTERNS = [
  'https://*.atlassian.net/*',
  'https://app.asana.com/*',
  'https://dev.azure.com/*',
  'https://*.visualstudio.com/*',
] as const;

/** The cloud tracker a page URL is on (mirrors CLOUD_HOST_PATTERNS), or null for any other page. */
export function cloudTrackerOf(href: string): Tracker | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.port !== '') return null;
  const host = url.hostname;
  if (host.endsWith('.atlassian.net')) return 'jira';
  if (host === 'app.asana.com') return 'asana';
  if (host === 'dev.azure.com' || host.endsWith('.visualstudio.com')) return 'azure-devops';
  return null;
}

/** Whether a page URL is on one of the cloud trackers. */
export function isCloudTrackerUrl(href: string): boolean {
  return cloudTrackerOf(href) !== null;
}
