import { describeReason } from '../../lib/alignment/describe-reason';
import { chipWording } from '../../lib/format/chip-wording';
import type { PageItem } from '../../lib/messages/notices';
import type { FactsNote, ItemAlignment, ObjectiveSummary } from '../../lib/model/annotation';
import { isHttpUrl } from '../../lib/model/http-url';
import { parseItemId } from '../../lib/model/item-id';

interface Props {
  item: PageItem;
  alignments: readonly ItemAlignment[];
  /** Why the item's facts from its tracker are not known, when they are not. */
  factsNote?: FactsNote;
  objectives: Readonly<Record<string, ObjectiveSummary>>;
  selected: boolean;
  onSelect(selected: boolean): void;
  onEdit(): void;
}

/** One work item of the page: select box, key and title, its objectives, and the way to change them. */
export function PageItemRow({ item, alignments, factsNote, objectives, selected, onSelect, onEdit }: Props) {
  const key = parseItemId(item.id)?.key ?? item.id;
  const now = new Date();
  const checkboxId = `select-${item.id}`;
  return (
    <li class="item" data-state={alignments.length > 0 ? 'aligned' : 'unaligned'}>
      <input
        type="checkbox"
        id={checkboxId}
        checked={selected}
        onChange={(event) => onSelect((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={checkboxId} class="item-label">
        <span class="key">{key}</span>
        {item.title && <span class="item-title">{item.title}</span>}
      </label>
      <span class="chips">
        {alignments.length === 0 ? (
          <span class="unaligned">Not aligned</span>
        ) : (
          alignments.map((alignment) => {
            const objective = objectives[alignment.objectiveId];
            if (!objective) return null;
            const reason = describeReason(alignment, now);
            const wording = chipWording(objective);
            return (
              <span
                key={alignment.objectiveId}
                class="chip"
                title={`${wording.label} (${reason})`}
                data-warnings={wording.warnings.map((warning) => warning.kind).join(' ') || undefined}
              >
                {/* The visible words and markers for the eye; the accessible name says all of it once. */}
                <span class="chip-face" aria-hidden="true">
                  <span class="dot" style={objective.themeColor ? { background: objective.themeColor } : undefined} />
                  <span class="code">{objective.code}</span>
                  {wording.phrase && <span class="pct">· {wording.phrase}</span>}
                  {wording.stale && <span class="stale-mark">stale</span>}
                  {wording.warnings.some((warning) => warning.kind !== 'stale-check-in') && (
                    <span class="warn-mark">!</span>
                  )}
                  {alignment.via !== 'link' && <span class="small reason"> {reason}</span>}
                </span>
                <span class="visually-hidden">
                  {wording.label}
                  {alignment.via !== 'link' ? ` (${reason})` : ''}
                </span>
              </span>
            );
          })
        )}
      </span>
      {factsNote && (
        <span class="facts-note small" title={factsNote.state === 'unavailable' ? factsNote.reason : undefined}>
          {factsNote.state === 'fetching' ? 'asking the tracker…' : 'facts unavailable'}
        </span>
      )}
      <span class="item-actions">
        {item.url && isHttpUrl(item.url) && (
          <a href={item.url} target="_blank" rel="noopener noreferrer" aria-label={`Open ${key}`}>
            ↗
          </a>
        )}
        <button type="button" class="link-button" onClick={onEdit} aria-label={`Objectives of ${key}`}>
          Objectives…
        </button>
      </span>
    </li>
  );
}
