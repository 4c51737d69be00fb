import { t } from '../i18n/catalogue';
import type { Site } from '../model/site';
import { trackerInHtml } from './tracker-in-html';

/** What reading a site's page said about it. */
export type Probe =
  | { kind: 'tracker'; tracker: Site['tracker'] }
  | { kind: 'not-tracker' }
  /** No answer, or not a page: `detail` says which, for the user. */
  | { kind: 'unreachable'; detail: string };

/** A tracker behind a slow VPN answers in seconds; one that has not in this long will not. */
const PROBE_TIMEOUT_MS = 15_000;

/**
 * Reads a page of a site with the user's session (the extension page may,
 * once the site is granted) and looks for a tracker's page markers.
 */
export async function probeSite(url: string, fetchPage: typeof fetch = fetch): Promise<Probe> {
  let page: { html: string; url: string };
  try {
    const response = await fetchPage(url, { credentials: 'include', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    if (!response.ok) return { kind: 'unreachable', detail: t('probeSite_itAnsweredHttp', response.status) };
    page = { html: await response.text(), url: response.url || url };
  } catch (error) {
    const timedOut = (error as Error)?.name === 'TimeoutError';
    return {
      kind: 'unreachable',
      detail: timedOut ? t('probeSite_itDidNotAnswerIn') : t('probeSite_theNetworkRequestFailed'),
    };
  }
  const tracker = trackerInHtml(page.html, page.url);
  return tracker ? { kind: 'tracker', tracker } : { kind: 'not-tracker' };
}
