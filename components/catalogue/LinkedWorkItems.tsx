import { useMemo } from 'preact/hooks';
import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import { countByTracker, linkedItems } from '../../lib/catalogue/linked-items';
import { pageDatabase as db } from '../../lib/db/page-database';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { pluralKey } from '../../lib/i18n/plural';
import type { BenefitTarget } from '../../lib/model/benefit-target';
import { TRACKERS } from '../../lib/model/item-id';
import type { Objective } from '../../lib/model/objective';
import type { SeenItem } from '../../lib/model/seen-item';
import { routeHref } from '../../lib/workspace/route';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { ShowMore, usePageLimit } from './ShowMore';

const HEADING_ID = 'objective-work-heading';

interface Props {
  objective: Objective;
  targets: readonly BenefitTarget[];
}

/**
 * The work items linked to an objective, with their title, status and
 * address where the overlay has seen them (else their id), and how many
 * each tracker holds. Addresses open in a new tab, and only if http(s).
 */
export function LinkedWorkItems({ objective, targets }: Props) {
  const linked = useLiveQuery(async () => {
    const [links, rules] = await Promise.all([
      db.links.where('objectiveId').equals(objective.id).toArray(),
      db.rules.where('objectiveId').equals(objective.id).count(),
    ]);
    const seen = await db.seenItems.bulkGet([...new Set(links.map((link) => link.itemId))]);
    const seenById = new Map(
      seen.filter((item): item is SeenItem => item !== undefined).map((item) => [item.id, item]),
    );
    return { items: linkedItems(links, seenById), rules };
  }, [objective.id]);
  const [limit, showMore] = usePageLimit(objective.id);
  const targetNames = useMemo(() => new Map(targets.map((target) => [target.id, target.name])), [targets]);

  return (
    <section class="stack linked-work" aria-labelledby={HEADING_ID}>
      <h3 id={HEADING_ID}>{t('linkedWorkItems_linkedWorkItems')}</h3>
      {linked === undefined ? (
        <p class="pending">{t('linkedWorkItems_loadingTheLinkedWork')}</p>
      ) : (
        <>
          <ul class="tracker-counts" aria-label={t('linkedWorkItems_linkedWorkItemsPerTracker')}>
            {TRACKERS.map((tracker) => (
              <li key={tracker}>
                <span class="tracker-count">{countByTracker(linked.items)[tracker]}</span> {TRACKER_LABELS[tracker]}
              </li>
            ))}
          </ul>
          {linked.rules > 0 && (
            <p class="hint">
              {messageParts(
                pluralKey('linkedWorkItems_rulesAlsoAlign', linked.rules),
                readerFormat.number(linked.rules),
                objective.code,
                <a href={routeHref('rules', objective.id)}>{t('linkedWorkItems_seeTheRules')}</a>,
              )}
            </p>
          )}
          {linked.items.length === 0 ? (
            <p class="empty-state">{t('linkedWorkItems_noWorkItemsAreLinked', objective.code)}</p>
          ) : (
            <ul class="work-items">
              {linked.items.slice(0, limit).map((item) => {
                const name = item.title ? `${item.key} · ${item.title}` : item.link.itemId;
                const targetName = item.link.targetId && targetNames.get(item.link.targetId);
                return (
                  <li key={item.link.id}>
                    <span class="tracker-label">
                      {item.tracker ? TRACKER_LABELS[item.tracker] : t('linkedWorkItems_unknownTracker')}
                    </span>
                    {item.url ? (
                      <a href={item.url} target="_blank" rel="noopener noreferrer">
                        {name}
                      </a>
                    ) : (
                      <span class="work-item-id">{name}</span>
                    )}
                    {item.status && <span class="work-item-status">{item.status}</span>}
                    {targetName && <span class="muted">{t('linkedWorkItems_for', targetName)}</span>}
                    {item.link.note && <span class="muted">{item.link.note}</span>}
                  </li>
                );
              })}
            </ul>
          )}
          <ShowMore
            shown={Math.min(limit, linked.items.length)}
            total={linked.items.length}
            noun={t('linkedWorkItems_workItems')}
            onMore={showMore}
          />
        </>
      )}
    </section>
  );
}
