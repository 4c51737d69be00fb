import type { ObjectiveDeleteImpact, TargetDeleteImpact } from './delete-impact';

/** A confirmation: the question as the dialog's title, and what follows from saying yes. */
export interface DeletionQuestion {
  question: string;
  consequences: string;
}

/** `1 rule`, `3 rules`; only plurals that add an "s" are needed here. */
export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The non-zero counts in words, and whether they read as one thing ("goes") or several ("go"). */
function counted(counts: readonly [number, string][]): { text: string; single: boolean } {
  const present = counts.filter(([count]) => count > 0);
  return {
    text: joinAnd(present.map(([count, noun]) => countOf(count, noun))),
    single: present.length === 1 && present[0]![0] === 1,
  };
}

/** "Delete GROW-2?" "3 benefit targets, 18 check-ins, 7 links and 1 rule go with it." */
export function describeObjectiveDeletion(code: string, impact: ObjectiveDeleteImpact): DeletionQuestion {
  const gone = counted([
    [impact.benefitTargets, 'benefit target'],
    [impact.checkIns, 'check-in'],
    [impact.links, 'link'],
    [impact.rules, 'rule'],
  ]);
  const sentences = [gone.text ? `${gone.text} ${gone.single ? 'goes' : 'go'} with it.` : 'Nothing else goes with it.'];
  if (impact.subObjectives > 0)
    sentences.push(
      impact.subObjectives === 1
        ? 'Its sub-objective stays, at the top level.'
        : `Its ${impact.subObjectives} sub-objectives stay, at the top level.`,
    );
  return { question: `Delete ${code}?`, consequences: sentences.join(' ') };
}

export function describeTargetDeletion(name: string, impact: TargetDeleteImpact): DeletionQuestion {
  const sentences = [
    impact.checkIns === 0
      ? 'It has no check-ins.'
      : `${countOf(impact.checkIns, 'check-in')} ${impact.checkIns === 1 ? 'goes' : 'go'} with it.`,
  ];
  const users = counted([
    [impact.links, 'link'],
    [impact.rules, 'rule'],
  ]);
  if (users.text)
    sentences.push(
      `${users.text} ${users.single ? 'keeps its objective but no longer names' : 'keep their objective but no longer name'} it.`,
    );
  return { question: `Delete the benefit target “${name}”?`, consequences: sentences.join(' ') };
}

export function describeThemeDeletion(name: string, objectives: number): DeletionQuestion {
  return {
    question: `Delete the theme “${name}”?`,
    consequences:
      objectives === 0
        ? 'No objective is in it.'
        : `${objectives === 1 ? 'Its objective stays' : `Its ${objectives} objectives stay`}, without a theme.`,
  };
}
