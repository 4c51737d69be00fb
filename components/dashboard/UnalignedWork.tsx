import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { TRACKER_LABELS } from '../../lib/catalogue/labels';
import { formatCount } from '../../lib/dashboard/format-count';
import type { SeenWork } from '../../lib/dashboard/seen-work';
import {
  countByTracker,
  filterByTracker,
  parseTrackerFilter,
  type TrackerFilter,
} from '../../lib/dashboard/unaligned-work';
import { TRACKERS } from '../../lib/model/item-id';
import type { Alignment } from './use-dashboard-data';
import { WorkRow } from './WorkRow';

/** Rows listed at first and added by each "Show more": a page of 20,000 rows would take seconds to lay out. */
export const WORK_PAGE_SIZE = 200;

/**
 * Seen work that serves no objective, newest first, filterable by tracker.
 * `unaligned` is `null` until the background has said which items are aligned.
 */
export function UnalignedWork({
  unaligned,
  seen,
  alignment,
}: {
  unaligned: readonly SeenWork[] | null;
  seen: number;
  alignment: Alignment;
}) {
  const [filter, setFilter] = useState<TrackerFilter>('all');
  const [limit, setLimit] = useState(WORK_PAGE_SIZE);
  // After "Show more", focus moves to the first new row, since the button may be gone.
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const counts = useMemo(() => (unaligned ? countByTracker(unaligned) : null), [unaligned]);
  const filtered = useMemo(() => (unaligned ? filterByTracker(unaligned, filter) : []), [unaligned, filter]);
  const shown = filtered.slice(0, limit);
  const now = new Date();

  useEffect(() => {
    if (focusRow === null) return;
    list.current?.querySelectorAll<HTMLElement>(':scope > li')[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);

  return (
    <section id="work-without-objective" class="panel" aria-labelledby="unaligned-heading">
      <h2 id="unaligned-heading">
        Work with no objective {unaligned && <span class="count">({formatCount(unaligned.length)})</span>}
      </h2>
      <p class="hint">Work items seen in a tracker that no link or rule ties to an objective, newest first.</p>
      {seen === 0 && (
        <p class="empty">
          No work items seen yet. Items appear here once someone has browsed Jira, Asana or Azure DevOps boards,
          backlogs or issues with Throughline on; they are remembered on this computer only.
        </p>
      )}
      {seen > 0 && alignment.status === 'failed' && (
        <p class="problem-alert" role="alert">
          Could not check which items are aligned: {alignment.error}
        </p>
      )}
      {seen > 0 && !unaligned && alignment.status === 'pending' && (
        <p class="empty" role="status">
          Checking which seen items serve an objective…
        </p>
      )}
      {unaligned && seen > 0 && unaligned.length === 0 && (
        <p class="empty">Every seen work item serves an objective.</p>
      )}
      {unaligned && counts && unaligned.length > 0 && (
        <>
          <div class="work-filter">
            <label for="tracker-filter">Tracker</label>
            <select
              id="tracker-filter"
              value={filter}
              onChange={(event) => {
                setFilter(parseTrackerFilter(event.currentTarget.value));
                setLimit(WORK_PAGE_SIZE);
              }}
            >
              <option value="all">All trackers ({formatCount(unaligned.length)})</option>
              {TRACKERS.map((tracker) => (
                <option key={tracker} value={tracker}>
                  {TRACKER_LABELS[tracker]} ({formatCount(counts[tracker])})
                </option>
              ))}
            </select>
          </div>
          <p class="list-count" aria-live="polite">
            {filtered.length === 0
              ? `No unaligned ${filter === 'all' ? '' : `${TRACKER_LABELS[filter]} `}items.`
              : `Showing ${formatCount(shown.length)} of ${formatCount(filtered.length)}.`}
          </p>
          {shown.length > 0 && (
            <ul ref={list} class="work-list" aria-labelledby="unaligned-heading">
              {shown.map((item) => (
                <WorkRow key={item.id} item={item} now={now} />
              ))}
            </ul>
          )}
          {shown.length < filtered.length && (
            <button
              type="button"
              onClick={() => {
                setFocusRow(limit);
                setLimit(limit + WORK_PAGE_SIZE);
              }}
            >
              Show {formatCount(Math.min(WORK_PAGE_SIZE, filtered.length - shown.length))} more
            </button>
          )}
        </>
      )}
    </section>
  );
}
