import { NO_FACTS_NOTES } from '../facts/facts-notes';
import type { PageItemsReply } from '../messages/notices';
import type { AnnotateResult } from '../model/annotation';

/**
 * The tab's own answer for its items, as its chips show them: the popup's
 * first render then waits on no round trip to the background, whose answer
 * (with what is known of each item's facts) follows. Both come from the one
 * resolver. Null while any item is still pending, or from a content script
 * that does not say (an older version still in the tab).
 */
export function annotationsFromPage(page: PageItemsReply): AnnotateResult | null {
  if (typeof page.objectives !== 'object' || page.objectives === null) return null;
  const items: AnnotateResult['items'] = {};
  for (const item of page.items) {
    if (item.state === 'pending' || !Array.isArray(item.alignments)) return null;
    items[item.id] = [...item.alignments];
  }
  return { items, objectives: page.objectives, facts: NO_FACTS_NOTES, fetch: [] };
}
