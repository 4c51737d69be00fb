import { describe, expect, it } from 'vitest';
import {
  describeObjectiveDeletion,
  describeTargetDeletion,
  describeThemeDeletion,
  joinAnd,
} from '../../../lib/catalogue/describe-deletion';
import { tPlural } from '../../../lib/i18n/plural';

describe('describeObjectiveDeletion', () => {
  it('lists what goes with the objective', () => {
    expect(
      describeObjectiveDeletion('GROW-2', { benefitTargets: 3, checkIns: 18, links: 7, rules: 1, subObjectives: 0 }),
    ).toEqual({
      question: 'Delete GROW-2?',
      consequences: '3 benefit targets, 18 check-ins, 7 links and 1 rule go with it.',
    });
  });

  it('leaves out what is not there, and says what stays', () => {
    const none = { benefitTargets: 0, checkIns: 0, links: 0, rules: 0, subObjectives: 0 };
    expect(describeObjectiveDeletion('CX-1', none).consequences).toBe('Nothing else goes with it.');
    expect(describeObjectiveDeletion('CX-1', { ...none, links: 1, subObjectives: 1 }).consequences).toBe(
      '1 link goes with it. Its sub-objective stays, at the top level.',
    );
    expect(describeObjectiveDeletion('CX-1', { ...none, links: 2, subObjectives: 3 }).consequences).toBe(
      '2 links go with it. Its 3 sub-objectives stay, at the top level.',
    );
  });
});

describe('describeTargetDeletion', () => {
  it('says what goes and what only loses the target', () => {
    expect(describeTargetDeletion('Revenue', { checkIns: 5, links: 2, rules: 1 })).toEqual({
      question: 'Delete the benefit target “Revenue”?',
      consequences: '5 check-ins go with it. 2 links and 1 rule keep their objective but no longer name it.',
    });
    expect(describeTargetDeletion('Revenue', { checkIns: 1, links: 1, rules: 0 }).consequences).toBe(
      '1 check-in goes with it. 1 link keeps its objective but no longer names it.',
    );
    expect(describeTargetDeletion('Revenue', { checkIns: 0, links: 0, rules: 0 }).consequences).toBe(
      'It has no check-ins.',
    );
  });
});

describe('describeThemeDeletion', () => {
  it('says its objectives stay', () => {
    expect(describeThemeDeletion('Growth', 4).consequences).toBe('Its 4 objectives stay, without a theme.');
    expect(describeThemeDeletion('Growth', 1).consequences).toBe('Its objective stays, without a theme.');
    expect(describeThemeDeletion('Growth', 0).consequences).toBe('No objective is in it.');
  });
});

describe('words', () => {
  it('counts and joins', () => {
    expect(tPlural('describeDeletion_rules', 1)).toBe('1 rule');
    expect(tPlural('describeDeletion_rules', 0)).toBe('0 rules');
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
