import { existsSync } from 'node:fs';
import type { BrowserContext, Route } from 'playwright-core';
import { isCloudTrackerUrl } from '../../../lib/trackers/hosts';
import { NOT_A_TRACKER_ORIGIN, SELF_HOSTED_ADO_ORIGIN, SELF_HOSTED_JIRA_ORIGIN } from './fixture-hosts';
import { trackerPageAt } from './tracker-pages';

const HTML = 'text/html; charset=utf-8';

/**
 * Serves the whole web from fixtures, since tests have no network: tracker
 * pages from their saved or generated HTML, other tracker URLs as a 404, the
 * non-tracker site as a plain page; everything else is aborted so nothing
 * leaves the machine. Routes a test adds later take precedence.
 */
export async function routeOffline(context: BrowserContext): Promise<void> {
  // Only the web: an extension page's own files go straight back to the browser instead of through this handler.
  await context.route(/^https?:/, (route) => serve(route));
}

async function serve(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const page = trackerPageAt(url);
  if (page) {
    if ('generate' in page.content) return route.fulfill({ body: page.content.generate(), contentType: HTML });
    if (existsSync(page.content.file)) return route.fulfill({ path: page.content.file, contentType: HTML });
  }
  if (url.origin === NOT_A_TRACKER_ORIGIN)
    return route.fulfill({
      body: plainPage('Not a tracker', 'A page on a site that is not a tracker.'),
      contentType: HTML,
    });
  if (isCloudTrackerUrl(url.href) || url.origin === SELF_HOSTED_JIRA_ORIGIN || url.origin === SELF_HOSTED_ADO_ORIGIN)
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
