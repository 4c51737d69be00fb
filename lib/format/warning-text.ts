import type { OutcomeWarning } from '../outcomes/outcome-warnings';
import { targetPhrase } from './objective-wording';
import { formatAge, formatPercent } from './values';

/** A warning in words: what is wrong, what to do, and where (a workspace route: section and argument). */
export interface WarningText {
  text: string;
  action: string;
  section: 'objective';
  arg: string;
}

/**
 * Every place that shows a warning says it the same way. Target warnings
 * lead to the target on its objective's page (`objective/<id>/<target id>`,
 * where the check-in form takes the focus); the others to the objective.
 */
export function warningText(warning: OutcomeWarning, code: string): WarningText {
  const objective = { section: 'objective' as const, arg: warning.objectiveId };
  switch (warning.kind) {
    case 'at-risk':
      return { text: `${code} is marked at risk.`, action: 'Review the objective and its targets', ...objective };
    case 'no-target':
      return {
        text: `${code} has work but no benefit target: nothing says what the work should achieve.`,
        action: 'Add a benefit target',
        ...objective,
      };
    default: {
      const { target } = warning;
      const at = { section: 'objective' as const, arg: `${warning.objectiveId}/${target.id}` };
      if (warning.kind === 'no-check-in')
        return { text: `${target.name} has no check-in yet.`, action: 'Record a check-in', ...at };
      if (warning.kind === 'stale-check-in')
        return {
          text: `${target.name} was last checked in ${formatAge(target.ageDays ?? 0)}: the figure is stale.`,
          action: 'Record a check-in',
          ...at,
        };
      const outOfBand = target.position === 'below-band' || target.position === 'above-band';
      return {
        text: outOfBand
          ? `${target.name} is ${targetPhrase(target)}.`
          : `${target.name} is behind pace: ${targetPhrase(target)}, ${formatPercent(target.pace ?? 0)} expected by ${target.latest?.at.slice(0, 10) ?? 'now'}.`,
        action: 'Review the target and record a check-in',
        ...at,
      };
    }
  }
}

/** Short names of the kinds, for markers, filters and CSV columns. */
export const WARNING_KIND_LABELS: Record<OutcomeWarning['kind'], string> = {
  'at-risk': 'At risk',
  'behind-pace': 'Behind pace',
  'no-target': 'No benefit target',
  'no-check-in': 'No check-in',
  'stale-check-in': 'Stale check-in',
};

/** `GROW-2 · Increase self-serve revenue, 45% to target (mean of 2 benefit targets); stale check-in; 2 warnings` */
export function chipAccessibleName(
  code: string,
  title: string,
  phrase: string | null,
  basis: string | null,
  warnings: readonly OutcomeWarning[],
): string {
  let name = `${code} · ${title}`;
  if (phrase !== null) name += `, ${phrase}${basis ? ` (${basis})` : ''}`;
  if (warnings.length > 0)
    name += `; ${warnings.length === 1 ? 'outcome warning' : `${warnings.length} outcome warnings`}: ${[
      ...new Set(warnings.map((warning) => WARNING_KIND_LABELS[warning.kind].toLowerCase())),
    ].join(', ')}`;
  return name;
}
