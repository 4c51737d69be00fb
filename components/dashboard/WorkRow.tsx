import { checkInAgeDays } from '../../lib/alignment/staleness';
import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import type { SeenWork } from '../../lib/dashboard/seen-work';
import { formatAge } from '../../lib/format/values';
import { isHttpUrl } from '../../lib/model/http-url';

const fullDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** One unaligned work item: its title opens it in the tracker, in a new tab (only http(s) addresses are links). */
export function WorkRow({ item, now }: { item: SeenWork; now: Date }) {
  const label = (
    <>
      <span class="work-key">{item.key}</span> <span class="work-title">{item.title ?? item.key}</span>
    </>
  );
  const seenAt = Date.parse(item.lastSeen);
  return (
    <li class="work-item" tabIndex={-1} data-item-id={item.id}>
      {isHttpUrl(item.url) ? (
        <a href={item.url} target="_blank" rel="noopener noreferrer">
          {label}
          <span class="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <span>{label}</span>
      )}
      <span class="work-meta">
        <span>{TRACKER_LABELS[item.tracker]}</span>
        <span>{item.site}</span>
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
    </li>
  );
}
