import { chipWording } from '../../lib/format/chip-wording';
import { t } from '../../lib/i18n/catalogue';
import type { ObjectiveSummary } from '../../lib/model/annotation';

interface Props {
  objective: ObjectiveSummary;
  /** Why the item serves it, when that is not a plain link ("rule: label checkout"). */
  reason?: string;
}

/** An objective in full, as the popup shows it: colour, code, title, progress in the shared wording, and markers. */
export function ObjectiveChip({ objective, reason }: Props) {
  const wording = chipWording(objective);
  return (
    <span
      class="chip"
      title={reason ? `${wording.label} (${reason})` : wording.label}
      data-warnings={wording.warnings.map((warning) => warning.kind).join(' ') || undefined}
    >
      {/* The visible words and markers for the eye; the accessible name says all of it once. */}
      <span class="chip-face" aria-hidden="true">
        <span class="dot" style={objective.themeColor ? { background: objective.themeColor } : undefined} />
        <span class="code">{objective.code}</span>
        <span class="chip-title">{objective.title}</span>
        {wording.phrase && <span class="pct">· {wording.phrase}</span>}
        {wording.stale && <span class="stale-mark">{t('objectiveChip_stale')}</span>}
        {wording.warnings.some((warning) => warning.kind !== 'stale-check-in') && <span class="warn-mark">!</span>}
        {reason && <span class="small reason">{reason}</span>}
      </span>
      <span class="visually-hidden">
        {wording.label}
        {reason ? ` (${reason})` : ''}
      </span>
    </span>
  );
}
