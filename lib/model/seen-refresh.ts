/**
 * An item seen again within this long, as it was, is not recorded again:
 * its last sighting is known to this precision. A tab does not hand it over
 * again (overlay/seen-queue.ts), nor does the background write it again when
 * another tab or a reload of the board does (db/seen-items.ts).
 */
export const SEEN_REFRESH_MS = 10 * 60 * 1000;
