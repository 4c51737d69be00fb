/**
 * A board holds a few thousand cards; more in one request is a bug or an
 * attack. Apart from the protocol's schemas so that a content script can
 * batch by it without carrying the schema library.
 */
export const MAX_ITEMS_PER_REQUEST = 5000;
