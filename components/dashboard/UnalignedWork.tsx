import { useEffect, useRef, useState } from 'preact/hooks';
import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import { formatCount } from '../../lib/dashboard/format-count';
import type { SeenWork } from '../../lib/dashboard/seen-work';
import { type UnalignedSite, WORK_PAGE_SIZE } from '../../lib/dashboard/unaligned-groups';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import type { Reply } from '../../lib/messages/protocol';
import { WorkRow } from './WorkRow';

/** Asks for one page of a site's unaligned work (the background's `unalignedPage`). */
export type LoadUnalignedPage = (
  site: Pick<UnalignedSite, 'tracker' | 'site'>,
  page: number,
) => Promise<Reply<UnalignedSite>>;

interface Props {
  /** Each site's count and first page, from the dashboard's answer. */
  sites: readonly UnalignedSite[];
  seen: number;
  loadPage: LoadUnalignedPage;
  onLink(item: SeenWork, opener: HTMLElement): void;
}

/** Seen work that serves no objective, by tracker and site, a page at a time, each item to open or link. */
export function UnalignedWork({ sites, seen, loadPage, onLink }: Props) {
  const count = sites.reduce((sum, site) => sum + site.count, 0);
  return (
    <section id="work-without-objective" class="dash-panel" aria-labelledby="unaligned-heading">
      <h2 id="unaligned-heading">
        {messageParts('unalignedWork_workWithNoObjective', <span class="count">({formatCount(count)})</span>)}
      </h2>
      <p class="hint">{t('unalignedWork_workItemsSeenInA')}</p>
      {seen === 0 && <p class="empty">{t('unalignedWork_noWorkItemsSeenYet')}</p>}
      {seen > 0 && count === 0 && <p class="empty">{t('unalignedWork_everySeenWorkItemServes')}</p>}
      {sites.map((site, index) => (
        <SiteWork key={`${site.tracker}:${site.site}`} first={site} index={index} loadPage={loadPage} onLink={onLink} />
      ))}
    </section>
  );
}

/** The page the user asked for: a new object each time, so that asking again after a failure asks again. */
interface Wanted {
  page: number;
}

/** A page's answer, and what it answers: the page asked for, beside which first page. */
interface Answer {
  first: UnalignedSite;
  wanted: Wanted;
  reply: Reply<UnalignedSite>;
}

function SiteWork({
  first,
  index,
  loadPage,
  onLink,
}: {
  first: UnalignedSite;
  index: number;
  loadPage: LoadUnalignedPage;
  onLink: Props['onLink'];
}) {
  const [wanted, setWanted] = useState<Wanted>({ page: 0 });
  const [answer, setAnswer] = useState<Answer | null>(null);
  // A new answer for the dashboard (work seen or linked since) asks again for the page on screen.
  useEffect(() => {
    if (wanted.page === 0) return;
    let current = true;
    void loadPage(first, wanted.page).then((reply) => {
      if (current) setAnswer({ first, wanted, reply });
    });
    return () => {
      current = false;
    };
  }, [first, wanted, loadPage]);

  const reply = answer?.first === first && answer.wanted === wanted ? answer.reply : undefined;
  // Until a later page comes, the one on screen stays rather than the list emptying.
  const onScreen = useRef(first);
  const view = wanted.page === 0 ? first : reply?.ok ? reply.data : onScreen.current;
  onScreen.current = view;

  const pages = Math.max(1, Math.ceil(view.count / WORK_PAGE_SIZE));
  const from = view.page * WORK_PAGE_SIZE;
  const go = (page: number) => setWanted({ page });
  const headingId = `unaligned-site-${index}`;
  const now = new Date();
  return (
    <section class="site-work" aria-labelledby={headingId} data-tracker={first.tracker} data-site={first.site}>
      <h3 id={headingId}>
        {TRACKER_LABELS[first.tracker]} · {first.site} <span class="count">({formatCount(view.count)})</span>
      </h3>
      <ul class="work-list" aria-labelledby={headingId} aria-busy={wanted.page !== 0 && reply === undefined}>
        {view.items.map((item) => (
          <WorkRow key={item.id} item={item} now={now} onLink={onLink} />
        ))}
      </ul>
      {reply && !reply.ok && (
        <p class="problem-alert" role="alert">
          {t('unalignedWork_couldNotShowThatPage', reply.error)}
        </p>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label={t('unalignedWork_pagesOf', TRACKER_LABELS[first.tracker], first.site)}>
          <button type="button" disabled={view.page === 0} onClick={() => go(view.page - 1)}>
            {t('unalignedWork_previous')}
          </button>
          <span class="list-count" aria-live="polite">
            {t(
              'unalignedWork_of',
              formatCount(from + 1),
              formatCount(from + view.items.length),
              formatCount(view.count),
            )}
          </span>
          <button type="button" disabled={view.page >= pages - 1} onClick={() => go(view.page + 1)}>
            {t('unalignedWork_next')}
          </button>
        </nav>
      )}
    </section>
  );
}
