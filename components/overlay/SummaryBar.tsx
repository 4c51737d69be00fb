import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
import { tPlural } from '../../lib/i18n/plural';

/**
 * Objectives the split names, most served first: a board can serve hundreds, and a panel of them all scrolled far
 * past the screen. The popup lists every one, with its items.
 */
const SPLIT_SHOWN = 8;

export interface SummarySplit {
  objectiveId: string;
  code: string;
  title: string;
  color?: string;
  count: number;
}

export interface SummaryBarProps {
  aligned: number;
  total: number;
  /**
   * How many items serve each objective, most first: worked out only when the panel opens. With a thousand
   * objectives in the catalogue, sorting them took 9-36 ms, in the piece that placed a big board's last hosts.
   */
  split(): readonly SummarySplit[];
  dimmed: boolean;
  onToggleDim(): void;
}

/** "18 of 25 aligned" for the items in view, the split by objective on hover or focus, and a dim toggle. */
export function SummaryBar({ aligned, total, split, dimmed, onToggleDim }: SummaryBarProps) {
  const [open, setOpen] = useState(false);
  const unaligned = total - aligned;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover shows the split; the count button does the same on focus
    <div class="summary-wrap" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
      <div class="summary">
        <button
          type="button"
          class="toggle"
          aria-expanded={open}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onClick={() => setOpen(!open)}
          aria-label={t('summaryBar_ofItemsAlignedToObjectives', aligned, total)}
        >
          {messageParts('summaryBar_aligned', <span class="count">{t('summaryBar_of', aligned, total)}</span>)}
        </button>
        <button type="button" class="toggle" aria-pressed={dimmed} onClick={onToggleDim}>
          {dimmed ? t('summaryBar_showAll') : t('summaryBar_highlightUnaligned')}
        </button>
      </div>
      {open && <SplitPanel split={split()} unaligned={unaligned} />}
    </div>
  );
}

function SplitPanel({ split, unaligned }: { split: readonly SummarySplit[]; unaligned: number }) {
  const rest = split.length - SPLIT_SHOWN;
  return (
    <div class="split-panel" role="tooltip">
      {split.length === 0 ? (
        <p class="small">{t('summaryBar_noItemInViewIs')}</p>
      ) : (
        <ul>
          {split.slice(0, SPLIT_SHOWN).map((entry) => (
            <li key={entry.objectiveId}>
              <span class="dot" style={entry.color ? { background: entry.color } : undefined} />
              <span class="code">{entry.code}</span>
              <span class="title">{entry.title}</span>
              <span class="n">{entry.count}</span>
            </li>
          ))}
          {rest > 0 && <li class="more">{tPlural('summaryBar_moreObjectives', rest)}</li>}
        </ul>
      )}
      <p class="small">
        {unaligned === 0 ? t('summaryBar_everyItemInViewIs') : t('summaryBar_notAlignedToAnyObjective', unaligned)}
      </p>
    </div>
  );
}
