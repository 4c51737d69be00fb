import { t } from '../i18n/catalogue';
import type { ObjectiveSummary } from '../model/annotation';
import { type OutcomeWarning, outcomeWarnings } from '../outcomes/outcome-warnings';
import { hasStaleCheckIn, objectivePhrase, phraseBasis } from './objective-wording';
import { chipAccessibleName } from './warning-text';

/** Everything a chip for an objective shows and says; the chip on a page, the popup and the report use it. */
export interface ChipWording {
  code: string;
  /** "45% to target", or `null` when there is no number to show. */
  phrase: string | null;
  /** The chip's visible words: "GROW-2 · 45% to target". */
  text: string;
  /** The accessible name: the title, what the number is, and the warnings. */
  label: string;
  /** A target's latest check-in is older than the staleness threshold. */
  stale: boolean;
  warnings: OutcomeWarning[];
}

/**
 * The wording of a chip for an objective an item serves. The item is work
 * for the objective, so an objective in play without a benefit target warns.
 */
export function chipWording(objective: ObjectiveSummary): ChipWording {
  const phrase = objectivePhrase(objective.targets);
  const shown = phrase === t('objectiveWording_noCheckInYet') ? null : phrase;
  const warnings = outcomeWarnings(objective, true);
  return {
    code: objective.code,
    phrase: shown,
    text: shown === null ? objective.code : t('chipWording_codeAndPhrase', objective.code, shown),
    label: chipAccessibleName(objective.code, objective.title, phrase, phraseBasis(objective.targets), warnings),
    stale: hasStaleCheckIn(objective.targets),
    warnings,
  };
}
