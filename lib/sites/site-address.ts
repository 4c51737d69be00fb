import { t } from '../i18n/catalogue';
import { isCloudTrackerUrl } from '../trackers/hosts';

/** What an address typed into the Sites form names. */
export type SiteAddress =
  /** `url` is the address as typed (detection reads that page); `origin` is what is stored and granted. */
  | { kind: 'site'; origin: string; url: string }
  | { kind: 'invalid'; reason: string }
  /** A cloud tracker: Throughline runs there already. */
  | { kind: 'cloud'; origin: string };

const WITH_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// `mailto:…`, `javascript:…`; but not `jira.local:8080`, whose colon starts a port.
const OTHER_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

/**
 * Reads a site address as people type or paste it: any page of the site,
 * with or without a port, stands for the site's origin. An
 * address without a scheme is taken as https, the usual case, so that
 * `jira.example.com` works; other schemes are refused.
 */
export function parseSiteAddress(text: string): SiteAddress {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'invalid', reason: t('siteAddress_enterTheAddressOfA') };
  if (!WITH_SCHEME.test(trimmed) && OTHER_SCHEME.test(trimmed))
    return { kind: 'invalid', reason: t('siteAddress_onlyHttpAndHttpsSites') };
  let url: URL;
  try {
    url = new URL(WITH_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { kind: 'invalid', reason: t('siteAddress_isNotAWebAddress', trimmed) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { kind: 'invalid', reason: t('siteAddress_onlyHttpAndHttpsSites') };
  if (isCloudTrackerUrl(`https://${url.hostname}/`)) return { kind: 'cloud', origin: url.origin };
  url.hash = '';
  return { kind: 'site', origin: url.origin, url: url.href };
}
