import { checkInAgeDays } from '../../lib/alignment/staleness';
import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import type { SeenWork } from '../../lib/dashboard/seen-work';
import { formatAge } from '../../lib/format/values';
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
            seen{' '}
            <time dateTime={item.lastSeen} title={fullDate.format(seenAt)}>
              {formatAge(checkInAgeDays(item.lastSeen, now))}
            </time>
          </span>
        )}
      </span>
      <span class="work-actions">
        {isHttpUrl(item.url) && (
          <a
            href={item.url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Open ${item.key} in ${TRACKER_LABELS[item.tracker]} (new tab)`}
          >
            Open
          </a>
        )}
        <button
          type="button"
          class="link-button"
          aria-haspopup="dialog"
          onClick={(event) => onLink(item, event.currentTarget)}
        >
          Link to…<span class="visually-hidden"> an objective, for {item.key}</span>
        </button>
      </span>
    </li>
  );
}
