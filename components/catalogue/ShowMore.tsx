import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';

/** Long lists show this many rows at a time, so a thousand objectives never render at once. */
export const PAGE_SIZE = 100;

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
