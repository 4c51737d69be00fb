import { t } from '../i18n/catalogue';
import { tPlural } from '../i18n/plural';
import type { OutcomeWarning } from '../outcomes/outcome-warnings';
import { readerFormat } from './locale';
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
      return { text: t('warningText_markedAtRisk', code), action: t('warningText_reviewTheObjective'), ...objective };
    case 'no-target':
      return {
        text: t('warningText_noTarget', code),
        action: t('warningText_addABenefitTarget'),
        ...objective,
      };
    default: {
      const { target } = warning;
      const at = { section: 'objective' as const, arg: `${warning.objectiveId}/${target.id}` };
      if (warning.kind === 'no-check-in')
        return { text: t('warningText_noCheckIn', target.name), action: t('warningText_recordACheckIn'), ...at };
      if (warning.kind === 'stale-check-in')
        return {
          text: t('warningText_stale', target.name, formatAge(target.ageDays ?? 0)),
          action: t('warningText_recordACheckIn'),
          ...at,
        };
      const outOfBand = target.position === 'below-band' || target.position === 'above-band';
      return {
        text: outOfBand
          ? t('warningText_outOfBand', target.name, targetPhrase(target))
          : target.latest
            ? t(
                'warningText_behindPace',
                target.name,
                targetPhrase(target),
                formatPercent(target.pace ?? 0),
                readerFormat.day(target.latest.at),
              )
            : t('warningText_behindPaceNow', target.name, targetPhrase(target), formatPercent(target.pace ?? 0)),
        action: t('warningText_reviewTheTarget'),
        ...at,
      };
    }
  }
}

/** Short names of the kinds, for markers, filters and CSV columns. */
export const WARNING_KIND_LABELS: Record<OutcomeWarning['kind'], string> = {
  get 'at-risk'() {
    return t('warningKind_atRisk');
  },
  get 'behind-pace'() {
    return t('warningKind_behindPace');
  },
  get 'no-target'() {
    return t('warningKind_noTarget');
  },
  get 'no-check-in'() {
    return t('warningKind_noCheckIn');
  },
  get 'stale-check-in'() {
    return t('warningKind_staleCheckIn');
  },
};

/** `GROW-2 · Increase self-serve revenue, 45% to target (mean of 2 benefit targets); stale check-in; 2 warnings` */
export function chipAccessibleName(
  code: string,
  title: string,
  phrase: string | null,
  basis: string | null,
  warnings: readonly OutcomeWarning[],
): string {
  let name = t('warningText_codeAndTitle', code, title);
  if (phrase !== null)
    name = t(basis ? 'warningText_withPhraseAndBasis' : 'warningText_withPhrase', name, phrase, basis ?? '');
  if (warnings.length > 0) {
    const kinds = [...new Set(warnings.map((warning) => WARNING_KIND_LABELS[warning.kind].toLocaleLowerCase()))];
    name = tPlural('warningText_withWarnings', warnings.length, name, kinds.join(t('common_listSeparator')));
  }
  return name;
}
