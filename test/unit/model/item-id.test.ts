import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalItemId,
  formatItemId,
  type ItemIdParts,
  normalizeSite,
  parseItemId,
} from '../../../lib/model/item-id';

const jiraKey = fc
  .tuple(fc.stringMatching(/^[A-Z][A-Z0-9_]{1,9}$/), fc.integer({ min: 1, max: 10_000_000 }))
  .map(([project, n]) => `${project}-${n}`);
const numericKey = fc.bigInt({ min: 0n, max: 10n ** 19n }).map(String);
const host = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}(\.[a-z0-9][a-z0-9-]{0,20}){1,3}$/);
const site = fc
  .tuple(host, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }))
  .map(([name, port]) => (port === undefined ? name : `${name}:${port}`));
const parts: fc.Arbitrary<ItemIdParts> = fc.oneof(
  fc.record({ tracker: fc.constant('jira' as const), site, key: jiraKey }),
  fc.record({ tracker: fc.constant('asana' as const), site: fc.constant('app.asana.com'), key: numericKey }),
  fc.record({
    tracker: fc.constant('azure-devops' as const),
    site: fc.stringMatching(/^[a-z0-9-]{1,20}$/).map((org) => `dev.azure.com/${org}`),
    key: numericKey,
  }),
);

describe('item ids', () => {
  it('read back what they were formatted from', () => {
    fc.assert(
      fc.property(parts, (ref) => {
        const id = formatItemId(ref);
        expect(parseItemId(id)).toEqual(ref);
        expect(canonicalItemId(id)).toBe(id);
      }),
    );
  });

  it('are spelled canonically however their site was written', () => {
    const spelling = fc.constantFrom(
      (site: string) => site.toUpperCase(),
      (site: string) => `${site}/`,
      (site: string) => `https://${site}`,
      (site: string) => ` ${site}`,
      (site: string) => `${site}\t`,
      (site: string) => `http://${site}//`,
      (site: string) => site.replace(/^./, (first) => first.toUpperCase()),
    );
    fc.assert(
      fc.property(parts, spelling, (ref, spell) => {
        const canonical = formatItemId(ref);
        expect(canonicalItemId(`${ref.tracker}:${spell(ref.site)}:${ref.key}`)).toBe(canonical);
        expect(canonicalItemId(canonical)).toBe(canonical);
      }),
    );
  });

  it('fold {org}.visualstudio.com into dev.azure.com/{org}', () => {
    expect(canonicalItemId('azure-devops:contoso.visualstudio.com:12')).toBe('azure-devops:dev.azure.com/contoso:12');
    expect(canonicalItemId('azure-devops:Contoso.VisualStudio.com/DefaultCollection:12')).toBe(
      'azure-devops:dev.azure.com/contoso:12',
    );
    expect(normalizeSite('azure-devops', 'https://dev.azure.com/Contoso/')).toBe('dev.azure.com/contoso');
  });

  it('lower-case a Jira host but keep its context path', () => {
    expect(canonicalItemId('jira:JIRA.Example.com:8443/Tracker:PAY-1')).toBe(
      'jira:jira.example.com:8443/Tracker:PAY-1',
    );
  });

  it('reject ids that are not work item ids', () => {
    for (const id of [
      '',
      'jira',
      'jira:PAY-1',
      'trello:trello.com:1',
      'jira:acme.atlassian.net:pay-1',
      'jira:acme.atlassian.net:PAY',
      'asana:app.asana.com:12a',
      'azure-devops:dev.azure.com/contoso:',
      'jira:acme atlassian.net:PAY-1',
      'jira::PAY-1',
    ])
      expect(parseItemId(id), id).toBeNull();
  });
});

describe('parseItemId, read once', () => {
  it('hands back the same frozen parts for an id read again, and reads again once many other ids came between', () => {
    const id = 'jira:Acme.Atlassian.net:PAY-1';
    const first = parseItemId(id);
    expect(first).toEqual({ tracker: 'jira', site: 'acme.atlassian.net', key: 'PAY-1' });
    expect(parseItemId(id)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(parseItemId('jira:acme.atlassian.net:')).toBeNull();
    for (let n = 0; n < 20_000; n++) parseItemId(`jira:acme.atlassian.net:LOAD-${n}`);
    const again = parseItemId(id);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });

  it('is not made to start again by canonicalItemId, which reads a pack’s many ids once each', () => {
    const id = 'jira:acme.atlassian.net:PAY-2';
    const first = parseItemId(id);
    for (let n = 0; n < 20_000; n++)
      expect(canonicalItemId(`jira:Acme.atlassian.net:PACK-${n}`)).toBe(`jira:acme.atlassian.net:PACK-${n}`);
    expect(canonicalItemId(id)).toBe(id);
    expect(parseItemId(id)).toBe(first);
  });
});
