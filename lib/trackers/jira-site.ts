import { isValidSite, normalizeSite } from '../model/item-id';
import { documentOf, metaContent } from './dom';
import { cloudPageMarker, serverPageMarker } from './jira-selectors';

/** Where a Jira's items live: the site of their ids and the base of their `/browse/` URLs. */
export interface JiraSite {
  site: string;
  base: string;
}

const CLOUD_HOST_SUFFIX = '.atlassian.net';
// Confluence shares *.atlassian.net; these paths are Jira's own.
const CLOUD_JIRA_PATH = /^\/(?:browse|jira|issues)(?:\/|$)/;
const CONTEXT_PATH = /^(?:\/[A-Za-z0-9._~%-]+)*$/;

function isCloudHost(url: URL): boolean {
  return url.hostname.endsWith(CLOUD_HOST_SUFFIX);
}

/** A Jira Cloud page: the marker when the page has it, else a Jira-looking path. */
export function isJiraCloudPage(url: URL, doc: Document): boolean {
  return isCloudHost(url) && (CLOUD_JIRA_PATH.test(url.pathname) || doc.querySelector(cloudPageMarker) !== null);
}

/**
 * A Jira Data Center / Server page. Cloud hosts are left to the Cloud
 * adapters even if they carry a Server marker, and other Atlassian products
 * on the same server (Confluence carries `ajs-context-path` too) are
 * recognized by their application name.
 */
export function isJiraServerPage(url: URL, doc: Document): boolean {
  if (isCloudHost(url) || doc.querySelector(serverPageMarker) === null) return false;
  const application = metaContent(doc, 'application-name');
  return application === undefined || application.toUpperCase() === 'JIRA';
}

export function cloudSite(url: URL): JiraSite {
  return { site: normalizeSite('jira', url.hostname), base: url.origin };
}

/**
 * A Server's site is its host and port plus the context path, so that two
 * Jiras behind one host (`/jira`, `/jira-test`) stay apart; `null` when the
 * page's context path is not one we can spell. Read from the root's document,
 * since the engine may scan a subtree.
 */
export function serverSite(root: ParentNode, url: URL): JiraSite | null {
  const doc = documentOf(root);
  if (!doc) return null;
  const contextPath = (metaContent(doc, 'ajs-context-path') ?? baseUrlPath(doc, url)).replace(/\/+$/, '');
  if (!CONTEXT_PATH.test(contextPath)) return null;
  const site = normalizeSite('jira', url.host + contextPath);
  return isValidSite(site) ? { site, base: url.origin + contextPath } : null;
}

/** A Server page's site, as adapters read it once per view. */
export function serverPage(url: URL, doc: Document): JiraSite | null {
  return serverSite(doc, url);
}

/** The context path from `ajs-jira-base-url`, for pages without `ajs-context-path`. */
function baseUrlPath(doc: Document, url: URL): string {
  const baseUrl = metaContent(doc, 'ajs-jira-base-url');
  if (!baseUrl) return '';
  try {
    const parsed = new URL(baseUrl, url);
    return parsed.host === url.host ? parsed.pathname : '';
  } catch {
    return '';
  }
}
