import { isValidKey } from '../model/item-id';
import { absoluteHttpUrl } from './dom';

// Anchored at the end: `/browse/KEY` and, on Server, `/{context}/browse/KEY`.
const BROWSE_PATH = /\/browse\/([^/]+)\/?$/;

/** `text` as a Jira key, or `null`; page text is never trusted to be one. */
export function jiraKey(text: string | null | undefined): string | null {
  const key = text?.trim();
  return key && isValidKey('jira', key) ? key : null;
}

/** The key of an issue link (`/browse/KEY`) on the page's own origin; `null` for anything else. */
export function keyFromHref(href: string | null | undefined, page: URL): string | null {
  const url = absoluteHttpUrl(href, page);
  // A link to another origin names an issue of another Jira, with another site in its id.
  return url?.origin === page.origin ? jiraKey(BROWSE_PATH.exec(url.pathname)?.[1]) : null;
}

/** The issue the page URL opens: `/browse/KEY`, or `?selectedIssue=KEY` over a board or backlog. */
export function keyFromPageUrl(url: URL): string | null {
  return keyFromHref(url.pathname, url) ?? jiraKey(url.searchParams.get('selectedIssue'));
}

/** The issue's own page, built from the validated key rather than read from the page. */
export function browseUrl(base: string, key: string): string {
  return `${base}/browse/${key}`;
}
