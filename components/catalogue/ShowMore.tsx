import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';

/** Long lists show this many rows at a time, so a thousand objectives never render at once. */
export const PAGE_SIZE = 100;

/**
 * The least height of a list's row in CSS pixels: an objective's row is two
 * lines of text with padding and a border (74 px at 1,280 px wide).
 */
const LEAST_ROW_PX = 48;

/** A window's worth of rows, whatever their height: what a list draws in its first frame. */
export function firstFrameRows(windowHeight: number): number {
  return Math.max(1, Math.ceil(windowHeight / LEAST_ROW_PX));
}

/**
 * How many of `limit` rows to draw now: a window's worth on the list's first
 * render, all of them from the next task on. The rest of a page of rows is
 * below the fold, and drawing it held back the first frame by 40–60 ms (the
 * workspace opening on 1,000 objectives, `npm run bench -- pages`). A fixed
 * 30 rows was five windows' worth in the benchmark's 720 px window, whose
 * list starts 272 px down.
 */
export function useFirstFrameRows(limit: number): number {
  const [first, setFirst] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setFirst(false));
    return () => clearTimeout(timer);
  }, []);
  return first ? Math.min(limit, firstFrameRows(window.innerHeight)) : limit;
}

/** How many rows of a list to show, growing a page at a time; starts again when `resetKey` changes. */
export function usePageLimit(resetKey: unknown): [number, () => void] {
  const [state, setState] = useState({ key: resetKey, limit: PAGE_SIZE });
  const limit = Object.is(state.key, resetKey) ? state.limit : PAGE_SIZE;
  return [limit, () => setState({ key: resetKey, limit: limit + PAGE_SIZE })];
}

/** "Show 100 more", with how many are shown of how many: nothing when all are shown. */
export function ShowMore({
  shown,
  total,
  noun,
  onMore,
}: {
  shown: number;
  total: number;
  noun: string;
  onMore(): void;
}) {
  if (shown >= total) return null;
  return (
    <p class="show-more">
      <span>{t('showMore_showingOf', shown, total, noun)}</span>{' '}
      <button type="button" onClick={onMore}>
        {t('showMore_showMore', Math.min(PAGE_SIZE, total - shown))}
      </button>
    </p>
  );
}
