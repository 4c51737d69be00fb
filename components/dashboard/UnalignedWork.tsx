import { useMemo, useState } from 'preact/hooks';
import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import { formatCount } from '../../lib/dashboard/format-count';
import type { SeenWork } from '../../lib/dashboard/seen-work';
import { groupBySite, type SiteGroup } from '../../lib/dashboard/unaligned-groups';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { WorkRow } from './WorkRow';

/** Rows of one site shown at a time: a page of thousands would take seconds to lay out. */
export const WORK_PAGE_SIZE = 20;

interface Props {
  unaligned: readonly SeenWork[];
  seen: number;
  onLink(item: SeenWork, opener: HTMLElement): void;
}

/** Seen work that serves no objective, by tracker and site, a page at a time, each item to open or link. */
export function UnalignedWork({ unaligned, seen, onLink }: Props) {
  const groups = useMemo(() => groupBySite(unaligned), [unaligned]);
  return (
    <section id="work-without-objective" class="dash-panel" aria-labelledby="unaligned-heading">
      <h2 id="unaligned-heading">
        {messageParts(
          'unalignedWork_workWithNoObjective',
          <span class="count">({formatCount(unaligned.length)})</span>,
        )}
      </h2>
      <p class="hint">{t('unalignedWork_workItemsSeenInA')}</p>
      {seen === 0 && <p class="empty">{t('unalignedWork_noWorkItemsSeenYet')}</p>}
      {seen > 0 && unaligned.length === 0 && <p class="empty">{t('unalignedWork_everySeenWorkItemServes')}</p>}
      {groups.map((group, index) => (
        <SiteWork key={`${group.tracker}:${group.site}`} group={group} index={index} onLink={onLink} />
      ))}
    </section>
  );
}

function SiteWork({ group, index, onLink }: { group: SiteGroup; index: number; onLink: Props['onLink'] }) {
  const [page, setPage] = useState(0);
  const pages = Math.ceil(group.items.length / WORK_PAGE_SIZE);
  const current = Math.min(page, pages - 1);
  const first = current * WORK_PAGE_SIZE;
  const shown = group.items.slice(first, first + WORK_PAGE_SIZE);
  const headingId = `unaligned-site-${index}`;
  const now = new Date();
  return (
    <section class="site-work" aria-labelledby={headingId} data-tracker={group.tracker} data-site={group.site}>
      <h3 id={headingId}>
        {TRACKER_LABELS[group.tracker]} · {group.site} <span class="count">({formatCount(group.items.length)})</span>
      </h3>
      <ul class="work-list" aria-labelledby={headingId}>
        {shown.map((item) => (
          <WorkRow key={item.id} item={item} now={now} onLink={onLink} />
        ))}
      </ul>
      {pages > 1 && (
        <nav class="pager" aria-label={t('unalignedWork_pagesOf', TRACKER_LABELS[group.tracker], group.site)}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('unalignedWork_previous')}
          </button>
          <span class="list-count" aria-live="polite">
            {t(
              'unalignedWork_of',
              formatCount(first + 1),
              formatCount(first + shown.length),
              formatCount(group.items.length),
            )}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('unalignedWork_next')}
          </button>
        </nav>
      )}
    </section>
  );
}
