import { existsSync } from 'node:fs';
import type { BrowserContext, Route } from 'playwright-core';
import { isCloudTrackerUrl } from '../../../lib/trackers/hosts';
import { fixturePath, trackerPageAt } from './tracker-pages';

/** Stands in for a self-hosted Jira; granted only in the e2e build. */
export const SELF_HOSTED_JIRA_ORIGIN = 'https://jira.example.test';
/** A site that is no tracker; granted only in the e2e build, so a content script can be injected there. */
export const NOT_A_TRACKER_ORIGIN = 'https://not-a-tracker.example';

const HTML = 'text/html; charset=utf-8';

/**
 * Serves the whole web from fixtures, since tests have no network: tracker
 * pages from their saved HTML, other tracker URLs as a 404, the non-tracker
 * site as a plain page, and everything else is aborted so nothing leaves
 * the machine.
 */
export async function routeOffline(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => serve(route));
}

async function serve(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  // Extension pages and data: URLs never reach the network.
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
  const page = trackerPageAt(url);
  if (page && existsSync(fixturePath(page))) return route.fulfill({ path: fixturePath(page), contentType: HTML });
  if (url.origin === NOT_A_TRACKER_ORIGIN)
    return route.fulfill({
      body: plainPage('Not a tracker', 'A page on a site that is not a tracker.'),
      contentType: HTML,
    });
  if (isCloudTrackerUrl(url.href) || url.origin === SELF_HOSTED_JIRA_ORIGIN)
    return route.fulfill({
      status: 404,
      body: plainPage('Not found', `No fixture for ${url.href}`),
      contentType: HTML,
    });
  return route.abort('internetdisconnected');
}

function plainPage(title: string, text: string): string {
  const escapeHtml = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`;
}
