import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n/catalogue';
import type { PickerObjective } from '../lib/messages/responses';
import type { AlignmentReason } from '../lib/model/annotation';
import { searchObjectives } from '../lib/search/objective-search';

/** An objective the item serves already, and why ("linked 2 Nov", "rule: label checkout", "via epic PAY-100 · …"). */
export interface LinkedObjective {
  targetId?: string;
  via: AlignmentReason;
  reason: string;
}

export interface ObjectivePickerProps {
  /** What is being linked, e.g. `PAY-3`. */
  subject: string;
  /** `null` while the catalogue loads. */
  objectives: readonly PickerObjective[] | null;
  error?: string;
  linked: ReadonlyMap<string, LinkedObjective>;
  onLink(objectiveId: string, targetId?: string): void;
  onUnlink(objectiveId: string): void;
  /** "Not this item": an objective a rule or an ancestor gives the item does not apply to it. */
  onExclude(objectiveId: string): void;
  onClose(): void;
  /**
   * At most this many matches in the list at a time, around the one the
   * arrows are on. In a tracker page the page can read what we render:
   * there the picker renders no more of the catalogue than fits on screen.
   */
  shown?: number;
}

/**
 * Keyboard-first objective search: type a code or words of a title, arrows
 * move, Enter links or unlinks, Escape closes. On an objective a rule or an
 * ancestor gives, Enter says "not this item" (an exclusion), since there is
 * no link of its own to remove.
 */
export function ObjectivePicker(props: ObjectivePickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  /** Enter pressed before the objectives came: taken once they are here, not dropped. */
  const [enterWaiting, setEnterWaiting] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Preact does not move focus for `autoFocus` on elements added after load; the picker must take it to be keyboard-first.
  useEffect(() => input.current?.focus(), []);
  const listId = useRef(`tl-picker-${Math.random().toString(36).slice(2)}`).current;
  const visible = useMemo(
    () => (props.objectives ?? []).filter((objective) => !objective.archived || props.linked.has(objective.id)),
    [props.objectives, props.linked],
  );
  const results = useMemo(() => searchObjectives(visible, query), [visible, query]);
  const current = results[Math.min(active, results.length - 1)];
  const currentLink = current ? props.linked.get(current.id) : undefined;
  const first =
    props.shown === undefined ? 0 : Math.max(0, Math.min(active - props.shown + 1, results.length - props.shown));
  const listed = props.shown === undefined ? results : results.slice(first, first + props.shown);

  const toggle = (objective: PickerObjective, targetId?: string) => {
    const link = props.linked.get(objective.id);
    if (link && link.via !== 'link') props.onExclude(objective.id);
    else if (link && (targetId === undefined || targetId === link.targetId)) props.onUnlink(objective.id);
    else props.onLink(objective.id, targetId);
  };

  useEffect(() => {
    if (!enterWaiting || props.objectives === null) return;
    setEnterWaiting(false);
    if (current) toggle(current);
  }, [enterWaiting, props.objectives]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (results.length === 0 ? 0 : (index + step + results.length) % results.length));
    } else if (event.key === 'Enter' && current) {
      event.preventDefault();
      toggle(current);
    } else if (event.key === 'Enter' && props.objectives === null) {
      event.preventDefault();
      setEnterWaiting(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    }
  };

  return (
    <div class="picker">
      <input
        type="search"
        ref={input}
        aria-controls={listId}
        aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
        aria-label={t('objectivePicker_searchObjectivesToLink', props.subject)}
        placeholder={t('objectivePicker_searchByCodeOrTitle')}
        value={query}
        onInput={(event) => {
          setQuery((event.currentTarget as HTMLInputElement).value);
          setActive(0);
          setEnterWaiting(false);
        }}
        onKeyDown={onKeyDown}
      />
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      <div class="options" id={listId} role="listbox" aria-label={t('objectivePicker_objectives')}>
        {props.objectives === null && <div class="empty">{t('objectivePicker_loadingObjectives')}</div>}
        {props.objectives?.length === 0 && <div class="empty">{t('objectivePicker_noObjectivesYetImportA')}</div>}
        {props.objectives !== null && props.objectives.length > 0 && results.length === 0 && (
          <div class="empty">{t('objectivePicker_noObjectiveMatches', query)}</div>
        )}
        {listed.map((objective) => {
          const link = props.linked.get(objective.id);
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the search box drives the keyboard (aria-activedescendant); the click is for the mouse
            <div
              key={objective.id}
              id={`${listId}-${objective.id}`}
              class="option"
              role="option"
              aria-selected={objective === current}
              aria-checked={link !== undefined}
              tabIndex={-1}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => toggle(objective)}
            >
              <span class="check" aria-hidden="true">
                {link ? '✓' : ''}
              </span>
              <span class="dot" style={objective.themeColor ? { background: objective.themeColor } : undefined} />
              <span class="code">{objective.code}</span>
              <span class="title">{objective.title}</span>
              {link && (
                <span class="small reason">
                  {link.via === 'link' ? link.reason : t('objectivePicker_enterNotThisItem', link.reason)}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {listed.length < results.length && (
        <p class="small">
          {t('objectivePicker_ofMatchesTypeToNarrow', first + 1, first + listed.length, results.length)}
        </p>
      )}
      {/* Outside the listbox, which may hold only options: the targets of the objective the arrows are on. */}
      {current && current.targets.length > 0 && (currentLink === undefined || currentLink.via === 'link') && (
        <div class="target-choice">
          {current.targets.map((target) => (
            <button
              type="button"
              key={target.id}
              aria-pressed={currentLink?.targetId === target.id}
              onClick={() => toggle(current, target.id)}
            >
              {target.name}
            </button>
          ))}
        </div>
      )}
      <p class="small">{t('objectivePicker_toMoveEnterToLink')}</p>
    </div>
  );
}
