import type { PageItemsReply } from '../messages/notices';
import type { ObjectiveSummary } from '../model/annotation';
import type { PageItem } from './page-items';

/**
 * What the popup is told of a tab: each item once (the first met, as a card
 * and its open issue share an id), its answer as the chips show it, whether
 * it counts in the summary, and the objectives those answers name.
 */
export function pageItemsReply(
  items: Iterable<PageItem>,
  listed: (item: PageItem) => boolean,
  objective: (id: string) => ObjectiveSummary | undefined,
): PageItemsReply {
  const byId = new Map<string, PageItem>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
  const list = [...byId.values()];
  const objectives: PageItemsReply['objectives'] = {};
  for (const item of list)
    if (item.resolution !== 'pending')
      for (const { objectiveId } of item.resolution) {
        const summary = objective(objectiveId);
        if (summary) objectives[objectiveId] = summary;
      }
  return {
    tracker: list[0]?.ref.tracker ?? '',
    site: list[0]?.ref.site ?? '',
    views: [...new Set(list.map((item) => item.kind))],
    items: list.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      url: item.url,
      listed: listed(item),
      ...(item.resolution === 'pending'
        ? { state: 'pending' as const }
        : {
            state: item.resolution.length > 0 ? ('aligned' as const) : ('unaligned' as const),
            alignments: item.resolution,
          }),
    })),
    objectives,
  };
}
