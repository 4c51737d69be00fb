import { isValidKey } from '../model/item-id';
import type { AzureDevOpsSite } from './azure-devops-site';
import { absoluteHttpUrl, textOf } from './dom';

// The id is the last segment: `…/_workitems/edit/{id}`, with or without a trailing slash.
const EDIT_PATH = /\/_workitems\/edit\/([^/]+)\/?$/i;
// Ids start at 1; unsaved items have negative ones, which the digit check refuses.
const NOT_AN_ID = /^0/;
const TRAILING_NUMBER = /(\d+)$/;
const DIALOG_PARAM = 'workitem';

/** `text` as a work item id, or `null`: page text is never trusted to be one. */
export function workItemId(text: string | null | undefined): string | null {
  const id = text?.trim();
  return id && isValidKey('azure-devops', id) && !NOT_AN_ID.test(id) ? id : null;
}

/** The id of a work item link (`/_workitems/edit/ID`), resolved against the page; `null` for anything else. */
export function idFromHref(href: string | null | undefined, base: URL): string | null {
  const url = absoluteHttpUrl(href, base);
  return url ? workItemId(EDIT_PATH.exec(url.pathname)?.[1]) : null;
}

/** The item the page URL opens: its own page, or a dialog over a board (`?workitem=ID`). */
export function idFromPageUrl(url: URL): string | null {
  return idFromHref(url.pathname, url) ?? workItemId(url.searchParams.get(DIALOG_PARAM));
}

/** The id that ends a text such as "USER STORY 101". */
export function idFromText(element: Element | null | undefined): string | null {
  return workItemId(TRAILING_NUMBER.exec(textOf(element) ?? '')?.[1]);
}

/**
 * The item's own page, built from the validated id. Ids are unique per
 * organization, so the URL needs no project and holds for items of other
 * projects shown on the page.
 */
export function workItemUrl(ado: AzureDevOpsSite, id: string): string {
  return `${ado.base}/_workitems/edit/${id}`;
}
