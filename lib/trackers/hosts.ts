/** Match patterns of the cloud trackers: the only hosts Throughline needs up front. */
export const CLOUD_HOST_PATTERNS = [
  'https://*.atlassian.net/*',
  'https://app.asana.com/*',
  'https://dev.azure.com/*',
  'https://*.visualstudio.com/*',
] as const;

/** Whether a page URL is on one of the cloud trackers (mirrors CLOUD_HOST_PATTERNS). */
export function isCloudTrackerUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.port !== '') return false;
  const host = url.hostname;
  return (
    host.endsWith('.atlassian.net') ||
    host === 'app.asana.com' ||
    host === 'dev.azure.com' ||
    host.endsWith('.visualstudio.com')
  );
}
