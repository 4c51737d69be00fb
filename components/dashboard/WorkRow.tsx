import { checkInAgeDays } from '../../lib/alignment/staleness';
import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import type { SeenWork } from '../../lib/dashboard/seen-work';
import { formatAge } from '../../lib/format/values';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { isHttpUrl } from '../../lib/model/http-url';

const fullDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** One unaligned work item, its title first: "Open" shows it in the tracker (new tab), "Link to…" aligns it. */
export function WorkRow({
  item,
  now,
  onLink,
}: {
  item: SeenWork;
  now: Date;
  onLink(item: SeenWork, opener: HTMLElement): void;
}) {
  const seenAt = Date.parse(item.lastSeen);
  return (
    <li class="work-item" tabIndex={-1} data-item-id={item.id}>
      <span class="work-title">{item.title ?? item.key}</span>
      <span class="work-meta">
        <span class="work-key">{item.key}</span>
        {item.status && <span>{item.status}</span>}
        {Number.isNaN(seenAt) ? null : (
          <span>
            {messageParts(
              'workRow_seen',
              <time dateTime={item.lastSeen} title={fullDate.format(seenAt)}>
                {formatAge(checkInAgeDays(item.lastSeen, now))}
              </time>,
            )}
          </span>
        )}
      </span>
      <span class="work-actions">
        {isHttpUrl(item.url) && (
          <a
            href={item.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('workRow_openInNewTab', item.key, TRACKER_LABELS[item.tracker])}
          >
            {t('workRow_open')}
          </a>
        )}
        <button
          type="button"
          class="link-button"
          aria-haspopup="dialog"
          onClick={(event) => onLink(item, event.currentTarget)}
        >
          {messageParts(
            'workRow_linkTo',
            <span class="visually-hidden"> {t('workRow_anObjectiveFor', item.key)}</span>,
          )}
        </button>
      </span>
    </li>
  );
}
