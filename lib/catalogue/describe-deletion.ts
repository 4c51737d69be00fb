import { t } from '../i18n/catalogue';
import { type PluralKey, tPlural } from '../i18n/plural';
import type { ObjectiveDeleteImpact, TargetDeleteImpact } from './delete-impact';

/** A confirmation: the question as the dialog's title, and what follows from saying yes. */
export interface DeletionQuestion {
  question: string;
  consequences: string;
}

/** `a`, `a and b`, `a, b and c`: the catalogue's own joining words, so the English reads as it always has. */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return t('describeDeletion_listAnd', parts.slice(0, -1).join(t('common_listSeparator')), parts.at(-1)!);
}

/** The non-zero counts in words, and whether they read as one thing ("goes") or several ("go"). */
function counted(counts: readonly [number, PluralKey][]): { text: string; single: boolean } {
  const present = counts.filter(([count]) => count > 0);
  return {
    text: joinAnd(present.map(([count, key]) => tPlural(key, count))),
    single: present.length === 1 && present[0]![0] === 1,
  };
}

/** "Delete GROW-2?" "3 benefit targets, 18 check-ins, 7 links and 1 rule go with it." */
export function describeObjectiveDeletion(code: string, impact: ObjectiveDeleteImpact): DeletionQuestion {
  const gone = counted([
    [impact.benefitTargets, 'describeDeletion_benefitTargets'],
    [impact.checkIns, 'describeDeletion_checkIns'],
    [impact.links, 'describeDeletion_links'],
    [impact.rules, 'describeDeletion_rules'],
  ]);
  const sentences = [
    gone.text
      ? t(gone.single ? 'describeDeletion_goesWithIt' : 'describeDeletion_goWithIt', gone.text)
      : t('describeDeletion_nothingElseGoes'),
  ];
  if (impact.subObjectives > 0) sentences.push(tPlural('describeDeletion_subObjectivesStay', impact.subObjectives));
  return { question: t('describeDeletion_deleteObjective', code), consequences: sentences.join(' ') };
}

export function describeTargetDeletion(name: string, impact: TargetDeleteImpact): DeletionQuestion {
  const checkIns = tPlural('describeDeletion_checkIns', impact.checkIns);
  const sentences = [
    impact.checkIns === 0
      ? t('describeDeletion_noCheckIns')
      : t(impact.checkIns === 1 ? 'describeDeletion_goesWithIt' : 'describeDeletion_goWithIt', checkIns),
  ];
  const users = counted([
    [impact.links, 'describeDeletion_links'],
    [impact.rules, 'describeDeletion_rules'],
  ]);
  if (users.text)
    sentences.push(
      t(users.single ? 'describeDeletion_keepsItsObjective' : 'describeDeletion_keepTheirObjective', users.text),
    );
  return { question: t('describeDeletion_deleteTarget', name), consequences: sentences.join(' ') };
}

export function describeThemeDeletion(name: string, objectives: number): DeletionQuestion {
  return {
    question: t('describeDeletion_deleteTheme', name),
    consequences:
      objectives === 0 ? t('describeDeletion_noObjectiveInIt') : tPlural('describeDeletion_objectivesStay', objectives),
  };
}
