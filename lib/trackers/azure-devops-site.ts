import { isValidSite, normalizeSite } from '../model/item-id';
import { serverPageMarker } from './azure-devops-selectors';

/** Where an organization's (or collection's) items live: the site of their ids and the base of their URLs. */
export interface AzureDevOpsSite {
  site: string;
  base: string;
}

const CLOUD_HOST = 'dev.azure.com';
const LEGACY_HOST_SUFFIX = '.visualstudio.com';
const LEGACY_ORG = /^[a-z0-9-]+$/i;
const DEFAULT_COLLECTION = 'defaultcollection';
const SERVER_PREFIX = 'tfs';
// The work hubs of trackers.md; the same paths on every host and version.
const HUB_PATH = /\/_(?:workitems|boards|backlogs|sprints|queries)(?:\/|$)/i;

function isCloudHost(url: URL): boolean {
  return url.hostname === CLOUD_HOST || url.hostname.endsWith(LEGACY_HOST_SUFFIX);
}

/**
 * An Azure DevOps page: any page on the cloud hosts, or, on the host of an
 * Azure DevOps Server (where the content script runs only because the user
 * added the site), a work hub path or a page marker.
 */
export function isAzureDevOpsPage(url: URL, doc: Document): boolean {
  return isCloudHost(url) || HUB_PATH.test(url.pathname) || doc.querySelector(serverPageMarker) !== null;
}

/**
 * The organization or collection a page belongs to: `dev.azure.com/{org}`,
 * `{org}.visualstudio.com[/DefaultCollection]` (the same organization), or a
 * Server's `host/tfs/{collection}` or `host/{collection}`. `null` when the
 * path names none (e.g. `dev.azure.com/_signin`).
 */
export function azureDevOpsSite(url: URL): AzureDevOpsSite | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (url.hostname === CLOUD_HOST) return siteAt(url, segments.slice(0, 1));
  if (url.hostname.endsWith(LEGACY_HOST_SUFFIX)) {
    if (!LEGACY_ORG.test(url.hostname.slice(0, -LEGACY_HOST_SUFFIX.length))) return null;
    return siteAt(url, segments[0]?.toLowerCase() === DEFAULT_COLLECTION ? segments.slice(0, 1) : []);
  }
  const collectionEnd = segments[0]?.toLowerCase() === SERVER_PREFIX ? 2 : 1;
  return segments.length < collectionEnd ? null : siteAt(url, segments.slice(0, collectionEnd));
}

function siteAt(url: URL, path: readonly string[]): AzureDevOpsSite | null {
  // Hubs start with `_`: a path that reaches one first names no organization or collection.
  if (path.some((segment) => segment.startsWith('_'))) return null;
  const prefix = path.map((segment) => `/${segment}`).join('');
  if (url.hostname === CLOUD_HOST && prefix === '') return null;
  const site = normalizeSite('azure-devops', url.host + prefix);
  return isValidSite(site) ? { site, base: url.origin + prefix } : null;
}
