import type { Site } from '../model/site';
import { detectTracker } from '../trackers/detect-tracker';

/**
 * Which self-hostable tracker served a page, from its HTML text and the
 * address it came from (after redirects): the popup's page-marker check,
 * run on a parsed copy. DOMParser runs no scripts and loads nothing.
 */
export function trackerInHtml(html: string, url: string): Site['tracker'] | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return detectTracker(doc, new URL(url).pathname);
}
