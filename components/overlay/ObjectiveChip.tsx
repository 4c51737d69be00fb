import { formatPercent, objectiveRatio } from '../../lib/format/values';
import type { ObjectiveSummary } from '../../lib/model/annotation';

interface Props {
  objective: ObjectiveSummary;
  full: boolean;
  onShow(anchor: HTMLElement): void;
  onHide(): void;
}

/** One objective an item serves: theme colour, code, and (when there is room) title and progress. */
export function ObjectiveChip({ objective, full, onShow, onHide }: Props) {
  const ratio = objectiveRatio(objective.targets);
  const label = `${objective.code} · ${objective.title}${ratio === null ? '' : `, ${formatPercent(ratio)} of target`}`;
  const show = (event: Event) => onShow(event.currentTarget as HTMLElement);
  return (
    <button
      type="button"
      class="chip"
      aria-label={label}
      title={label}
      aria-haspopup="dialog"
      onMouseEnter={show}
      onFocus={show}
      onMouseLeave={onHide}
      onBlur={onHide}
      onClick={show}
    >
      <span class="dot" style={objective.themeColor ? { background: objective.themeColor } : undefined} />
      <span class="code">{objective.code}</span>
      {full && <span class="title">{objective.title}</span>}
      {ratio !== null && <span class="pct">{formatPercent(ratio)}</span>}
    </button>
  );
}
