import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWorkspaceSearch } from '../../../lib/search/workspace-search';

const objectives = [
  { id: 'ob-grow-1', code: 'GROW-1', title: 'Enter two new markets', owner: 'Priya Natarajan', status: 'active' },
  {
    id: 'ob-grow-2',
    code: 'GROW-2',
    title: 'Increase self-serve revenue',
    owner: 'Dana Kim',
    status: 'active',
    description: 'Customers upgrade without talking to sales.',
  },
  { id: 'ob-cx-1', code: 'CX-1', title: 'Cut time to first value', owner: 'Miguel Alvarez', status: 'at-risk' },
];
const items = [
  { id: 'jira:acme.atlassian.net:PAY-3', title: 'Rebuild checkout', url: 'https://acme.atlassian.net/browse/PAY-3' },
  { id: 'jira:acme.atlassian.net:PAY-30', title: 'Payment retries', url: 'https://acme.atlassian.net/browse/PAY-30' },
  { id: 'asana:app.asana.com:1209000000000101', title: 'Onboarding email series', url: 'javascript:alert(1)' },
];
const search = createWorkspaceSearch(objectives, items);
const codes = (query: string) => search(query).objectives.map((objective) => objective.code);
const keys = (query: string) => search(query).items.map((item) => item.key);

describe('workspace search', () => {
  it('finds nothing for an empty query', () => {
    expect(search('   ')).toEqual({ objectives: [], items: [], objectiveCount: 0, itemCount: 0 });
  });

  it('finds objectives by code, title, owner and description', () => {
    expect(codes('GROW-2')[0]).toBe('GROW-2');
    expect(codes('self-serve')).toEqual(['GROW-2']);
    expect(codes('miguel')).toEqual(['CX-1']);
    expect(codes('talking to sales')).toEqual(['GROW-2']);
  });

  it('forgives a typo', () => {
    expect(codes('revenu')).toContain('GROW-2');
    expect(codes('markts')).toContain('GROW-1');
  });

  it('finds seen work items by key and title, an exact key first', () => {
    expect(keys('pay-3')[0]).toBe('PAY-3');
    expect(keys('checkout')).toEqual(['PAY-3']);
    expect(keys('onboarding')).toEqual(['1209000000000101']);
  });

  it('offers an item URL only when it is http(s)', () => {
    expect(search('onboarding').items[0]!.url).toBeUndefined();
    expect(search('checkout').items[0]!.url).toBe('https://acme.atlassian.net/browse/PAY-3');
  });

  it('limits each group and says how many matched', () => {
    const many = createWorkspaceSearch(
      [],
      Array.from({ length: 120 }, (_, n) => ({
        id: `jira:acme.atlassian.net:LOAD-${n}`,
        title: `Load test ${n}`,
        url: `https://acme.atlassian.net/browse/LOAD-${n}`,
      })),
    );
    const result = many('load test', 50);
    expect(result.items).toHaveLength(50);
    expect(result.itemCount).toBe(120);
  });

  it('finds nothing for words that are in nothing', () => {
    expect(search('zzzzqqq')).toMatchObject({ objectiveCount: 0, itemCount: 0 });
  });
});

describe('workspace search rankings on the sample strategy', () => {
  const sample = JSON.parse(readFileSync(new URL('../../fixtures/sample-pack.json', import.meta.url), 'utf8'));
  const work = [
    {
      id: 'jira:acme.atlassian.net:PAY-1',
      title: 'Let customers pay with saved cards',
      url: 'https://acme.atlassian.net/browse/PAY-1',
    },
    {
      id: 'jira:acme.atlassian.net:PAY-12',
      title: 'Payment page copy',
      url: 'https://acme.atlassian.net/browse/PAY-12',
    },
    {
      id: 'jira:acme.atlassian.net:WEB-2',
      title: 'Checkout button on mobile',
      url: 'https://acme.atlassian.net/browse/WEB-2',
    },
  ];
  const sampleSearch = createWorkspaceSearch(sample.objectives, work);
  const ranked = (query: string) => sampleSearch(query).objectives.map((objective) => objective.code);
  const rankedKeys = (query: string) => sampleSearch(query).items.map((item) => item.key);

  it.each([
    ['GROW-2', ['GROW-2']],
    ['grow', ['GROW-1', 'GROW-2', 'GROW-3', 'GROW-4']],
    ['ops', ['OPS-1', 'OPS-2', 'OPS-3', 'OPS-4']],
    ['revenue', ['GROW-1', 'GROW-2']],
    ['self serve', ['GROW-2']],
    ['checkout', ['OPS-1', 'GROW-2']],
    ['warehouse', ['OPS-2', 'OPS-3']],
    ['chen', ['OPS-2', 'OPS-3']],
    ['pay', []],
  ])('"%s" gives %j: exact codes, then codes, then titles, then other words, typos last', (query, expected) => {
    expect(ranked(query)).toEqual(expected);
  });

  it('still finds a title with a typo in it, first', () => {
    expect(ranked('storefrnt')[0]).toBe('GROW-3');
  });

  it('ranks work by key first, then by words of the title', () => {
    expect(rankedKeys('pay-1')).toEqual(['PAY-1', 'PAY-12']);
    expect(rankedKeys('pay')).toEqual(['PAY-1', 'PAY-12']);
    expect(rankedKeys('checkout')).toEqual(['WEB-2']);
  });
});
