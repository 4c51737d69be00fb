import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexRules } from '../../../lib/alignment/rule-index';
import { compiledKeyPattern, ruleMatches } from '../../../lib/alignment/rules';
import { type ItemIdParts, parseItemId, type Tracker } from '../../../lib/model/item-id';
import { RULE_KIND_TRACKERS, RULE_MATCH_KINDS, type Rule } from '../../../lib/model/rule';

const ref = (id: string): ItemIdParts => parseItemId(id)!;
const rule = (overrides: Partial<Rule> & Pick<Rule, 'tracker' | 'match'>): Rule => ({
  id: 'ru-1',
  objectiveId: 'ob-1',
  enabled: true,
  ...overrides,
});

const pay42 = ref('jira:acme.atlassian.net:PAY-42');

describe('ruleMatches', () => {
  it('project: the key prefix, case-insensitively, and not a longer project', () => {
    const pay = rule({ tracker: 'jira', match: { kind: 'project', value: 'pay' } });
    expect(ruleMatches(pay, pay42)).toBe(true);
    expect(ruleMatches(pay, ref('jira:acme.atlassian.net:PAYX-1'))).toBe(false);
    expect(ruleMatches(pay, ref('jira:acme.atlassian.net:WEB-1'))).toBe(false);
  });

  it('never matches when disabled or on another tracker', () => {
    expect(
      ruleMatches(rule({ tracker: 'jira', enabled: false, match: { kind: 'project', value: 'PAY' } }), pay42),
    ).toBe(false);
    const anyKey = rule({ tracker: 'asana', match: { kind: 'key-pattern', value: '.*' } });
    expect(ruleMatches(anyKey, pay42)).toBe(false);
    expect(ruleMatches(anyKey, ref('asana:app.asana.com:1209000000000101'))).toBe(true);
  });

  it('compares the site in its normalized spelling', () => {
    const legacy = rule({
      tracker: 'azure-devops',
      site: 'https://Contoso.visualstudio.com/',
      match: { kind: 'key-pattern', value: '^1' },
    });
    expect(ruleMatches(legacy, ref('azure-devops:dev.azure.com/contoso:101'))).toBe(true);
    expect(ruleMatches(legacy, ref('azure-devops:dev.azure.com/fabrikam:101'))).toBe(false);
    const otherSite = rule({ tracker: 'jira', site: 'other.atlassian.net', match: { kind: 'project', value: 'PAY' } });
    expect(ruleMatches(otherSite, pay42)).toBe(false);
  });

  it('key-pattern: tests the key; an invalid pattern matches nothing instead of throwing', () => {
    expect(ruleMatches(rule({ tracker: 'jira', match: { kind: 'key-pattern', value: '^PAY-4\\d$' } }), pay42)).toBe(
      true,
    );
    expect(ruleMatches(rule({ tracker: 'jira', match: { kind: 'key-pattern', value: '^PAY-5' } }), pay42)).toBe(false);
    const broken = rule({ id: 'ru-broken', tracker: 'jira', match: { kind: 'key-pattern', value: '(' } });
    expect(ruleMatches(broken, pay42)).toBe(false);
  });

  it('key-pattern: an edited pattern is compiled afresh', () => {
    const before = rule({ id: 'ru-edit', tracker: 'jira', match: { kind: 'key-pattern', value: '^PAY' } });
    expect(ruleMatches(before, pay42)).toBe(true);
    expect(ruleMatches({ ...before, match: { kind: 'key-pattern', value: '^WEB' } }, pay42)).toBe(false);
  });

  it('label: any label, case-insensitively; no labels means no match', () => {
    const checkout = rule({ tracker: 'jira', match: { kind: 'label', value: 'checkout' } });
    expect(ruleMatches(checkout, pay42, { labels: ['UX', 'Checkout'] })).toBe(true);
    expect(ruleMatches(checkout, pay42, { labels: ['checkout-v2'] })).toBe(false);
    expect(ruleMatches(checkout, pay42)).toBe(false);
  });

  it('parent: the parent key', () => {
    const epic = rule({ tracker: 'jira', match: { kind: 'parent', value: 'PAY-1' } });
    expect(ruleMatches(epic, pay42, { parent: 'PAY-1' })).toBe(true);
    expect(ruleMatches(epic, pay42, { parent: 'PAY-10' })).toBe(false);
    expect(ruleMatches(epic, pay42)).toBe(false);
  });

  it('area-path: a prefix of whole segments, case-insensitively', () => {
    const web = rule({ tracker: 'azure-devops', match: { kind: 'area-path', value: 'Fabrikam\\Web' } });
    const item = ref('azure-devops:dev.azure.com/fabrikam:7');
    expect(ruleMatches(web, item, { areaPath: 'Fabrikam\\Web' })).toBe(true);
    expect(ruleMatches(web, item, { areaPath: 'fabrikam\\web\\UI' })).toBe(true);
    expect(ruleMatches(web, item, { areaPath: 'Fabrikam\\Website' })).toBe(false);
    expect(ruleMatches(web, item, { areaPath: 'Fabrikam' })).toBe(false);
    expect(ruleMatches(web, item)).toBe(false);
  });

  it('asana-project: one of the projects the task is in', () => {
    const project = rule({ tracker: 'asana', match: { kind: 'asana-project', value: '1209000000000001' } });
    const task = ref('asana:app.asana.com:1209000000000101');
    expect(ruleMatches(project, task, { projects: ['1209000000000009', '1209000000000001'] })).toBe(true);
    expect(ruleMatches(project, task, { projects: ['1209000000000009'] })).toBe(false);
    expect(ruleMatches(project, task)).toBe(false);
  });
});

describe('ruleMatches (kinds added in pack version 2)', () => {
  const item = ref('azure-devops:dev.azure.com/contoso:7');
  const task = ref('asana:app.asana.com:1209000000000101');

  it('component and issue type on Jira, case-insensitively', () => {
    expect(
      ruleMatches(rule({ tracker: 'jira', match: { kind: 'component', value: 'api' } }), pay42, {
        components: ['API'],
      }),
    ).toBe(true);
    expect(
      ruleMatches(rule({ tracker: 'jira', match: { kind: 'issue-type', value: 'Bug' } }), pay42, { type: 'bug' }),
    ).toBe(true);
    expect(
      ruleMatches(rule({ tracker: 'jira', match: { kind: 'issue-type', value: 'Bug' } }), pay42, { type: 'Story' }),
    ).toBe(false);
  });

  it('parent: the parent or the epic', () => {
    const epic = rule({ tracker: 'jira', match: { kind: 'parent', value: 'PAY-100' } });
    expect(ruleMatches(epic, pay42, { parent: 'PAY-7', epic: 'PAY-100' })).toBe(true);
  });

  it('paths: everything under them by default, or exactly them', () => {
    const under = rule({ tracker: 'azure-devops', match: { kind: 'iteration-path', value: 'Platform\\Sprint 12' } });
    const exact = rule({
      tracker: 'azure-devops',
      match: { kind: 'area-path', value: 'Platform\\Web', scope: 'exact' },
    });
    expect(ruleMatches(under, item, { iterationPath: 'Platform\\Sprint 12\\Week 1' })).toBe(true);
    expect(ruleMatches(exact, item, { areaPath: 'Platform\\Web' })).toBe(true);
    expect(ruleMatches(exact, item, { areaPath: 'Platform\\Web\\UI' })).toBe(false);
  });

  it('tags and work item types on Azure DevOps, sections and tags on Asana', () => {
    expect(
      ruleMatches(rule({ tracker: 'azure-devops', match: { kind: 'tag', value: 'checkout' } }), item, {
        labels: ['Checkout'],
      }),
    ).toBe(true);
    expect(
      ruleMatches(rule({ tracker: 'azure-devops', match: { kind: 'work-item-type', value: 'Task' } }), item, {
        type: 'Task',
      }),
    ).toBe(true);
    expect(
      ruleMatches(rule({ tracker: 'asana', match: { kind: 'asana-section', value: 'doing' } }), task, {
        sections: ['Doing'],
      }),
    ).toBe(true);
    expect(ruleMatches(rule({ tracker: 'asana', match: { kind: 'tag', value: 'q3' } }), task, { labels: ['Q3'] })).toBe(
      true,
    );
  });

  it('key patterns as globs; a pattern that would backtrack forever is refused and matches nothing', () => {
    expect(
      ruleMatches(rule({ tracker: 'jira', match: { kind: 'key-pattern', value: 'pay-4?', syntax: 'glob' } }), pay42),
    ).toBe(true);
    const backreference = rule({ tracker: 'jira', match: { kind: 'key-pattern', value: '(P)\\1' } });
    expect(ruleMatches(backreference, pay42)).toBe(false);
  });
});

describe('indexRules', () => {
  const values = fc.constantFrom(
    'PAY',
    'checkout',
    'Bug',
    'PAY-1',
    '7',
    'Platform',
    'Platform\\Web',
    '^PAY-\\d$',
    'PAY-*',
    '1209',
  );
  const items = [
    'jira:acme.atlassian.net:PAY-1',
    'jira:acme.atlassian.net:WEB-7',
    'azure-devops:dev.azure.com/contoso:7',
    'asana:app.asana.com:1209',
  ];
  const ruleFor = (tracker: Tracker) =>
    fc
      .record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        objectiveId: fc.constantFrom('ob-1', 'ob-2'),
        site: fc.oneof(
          { arbitrary: fc.constant(undefined), weight: 4 },
          { arbitrary: fc.constantFrom('acme.atlassian.net', 'dev.azure.com/contoso', 'other.example'), weight: 1 },
        ),
        kind: fc.constantFrom(...RULE_MATCH_KINDS.filter((kind) => RULE_KIND_TRACKERS[kind].includes(tracker))),
        value: values,
        scope: fc.constantFrom(undefined, 'under' as const, 'exact' as const),
        glob: fc.boolean(),
        enabled: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
      })
      .map(
        ({ kind, value, scope, glob, site, ...rest }): Rule => ({
          ...rest,
          tracker,
          ...(site !== undefined && { site }),
          match: {
            kind,
            value,
            ...(kind === 'key-pattern' && glob && { syntax: 'glob' as const }),
            ...((kind === 'area-path' || kind === 'iteration-path') && scope && { scope }),
          },
        }),
      );
  const factsArbitrary = fc.record(
    {
      labels: fc.array(values, { maxLength: 3 }),
      components: fc.array(values, { maxLength: 2 }),
      parent: values,
      epic: values,
      type: values,
      projects: fc.array(values, { maxLength: 2 }),
      sections: fc.array(values, { maxLength: 2 }),
      areaPath: fc.constantFrom('Platform', 'Platform\\Web', 'platform\\web\\UI', 'Other'),
      iterationPath: fc.constantFrom('Platform', 'Platform\\Web\\x'),
    },
    { requiredKeys: [] },
  );
  const caseArbitrary = fc
    .constantFrom(...items)
    .chain((id) =>
      fc.tuple(fc.constant(ref(id)), fc.array(ruleFor(ref(id).tracker), { maxLength: 12 }), factsArbitrary),
    );

  it('finds exactly the rules that ruleMatches accepts, in the order given', () => {
    let matched = 0;
    fc.assert(
      fc.property(caseArbitrary, ([item, rules, facts]) => {
        const expected = rules.filter((candidate) => ruleMatches(candidate, item, facts));
        if (expected.length > 0) matched++;
        expect(indexRules(rules, compiledKeyPattern).matching(item, facts)).toEqual(expected);
      }),
      { numRuns: 500, seed: 7 },
    );
    // The property says little unless many cases match something.
    expect(matched).toBeGreaterThan(100);
  });
});
