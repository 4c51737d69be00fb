import { describe, expect, it } from 'vitest';
import { ruleMatches } from '../../../lib/alignment/rules';
import { type ItemIdParts, parseItemId } from '../../../lib/model/item-id';
import type { Rule } from '../../../lib/model/rule';

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
