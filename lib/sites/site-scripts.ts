import type { Scripting } from 'webextension-polyfill';
import type { Site } from '../model/site';
import { sitePattern } from './site-permission';

/** The built content script of each tracker family (entrypoints/<name>.content.ts → content-scripts/<name>.js). */
export const CONTENT_SCRIPT_FILES = {
  jira: 'content-scripts/jira.js',
  'azure-devops': 'content-scripts/azure-devops.js',
} as const satisfies Record<Site['tracker'], string>;

/** Registered scripts with this prefix are the sites'; anything else registered is left alone. */
const SITE_SCRIPT_PREFIX = 'site:';

export function siteScriptId(origin: string): string {
  return `${SITE_SCRIPT_PREFIX}${origin}`;
}

export function isSiteScriptId(id: string): boolean {
  return id.startsWith(SITE_SCRIPT_PREFIX);
}

/**
 * The content script that runs Throughline on a self-hosted site, as the
 * manifest runs it on the cloud trackers; kept across browser restarts.
 */
export function siteScript(site: Pick<Site, 'origin' | 'tracker'>): Scripting.RegisteredContentScript {
  return {
    id: siteScriptId(site.origin),
    matches: [sitePattern(site.origin)],
    js: [CONTENT_SCRIPT_FILES[site.tracker]],
    runAt: 'document_start',
    persistAcrossSessions: true,
  };
}
