import { describe, expect, it } from 'vitest';
import { siteBelongsToSender } from '../../../lib/messages/sender-site';
import {
  azureDevOpsScope,
  hostScope,
  pageScope,
  pageScopeOf,
  scopeIdPrefixes,
  siteScope,
} from '../../../lib/messages/site-scope';
import { normalizeSite, type Tracker } from '../../../lib/model/item-id';

const PAGES: [Tracker, string, string | null][] = [
  ['jira', 'https://ACME.atlassian.net/browse/PAY-1', 'acme.atlassian.net'],
  ['jira', 'https://jira.example.test:8443/jira/browse/PAY-7', 'jira.example.test:8443'],
  ['jira', 'https://jira.example.test/browse/PAY-7', 'jira.example.test'],
  ['asana', 'https://app.asana.com/0/1/2', 'app.asana.com'],
  ['azure-devops', 'https://dev.azure.com/Contoso/Platform/_boards/board', 'dev.azure.com/contoso'],
  ['azure-devops', 'https://contoso.visualstudio.com/Platform/_backlogs', 'dev.azure.com/contoso'],
  ['azure-devops', 'https://tfs.example.test/tfs/Main/P/_workitems/edit/1', 'tfs.example.test/tfs/main'],
  ['azure-devops', 'https://dev.azure.com/_signin', null],
  ['jira', 'file:///tmp/board.html', null],
];

describe('pageScope', () => {
  it.each(PAGES)('%s %s → %s', (tracker, page, scope) => {
    expect(pageScope(tracker, new URL(page))).toBe(scope);
  });

  it('follows the address a tab goes through, read again only when it changes', () => {
    const scope = pageScopeOf(azureDevOpsScope);
    expect(scope('https://dev.azure.com/Contoso/Platform/_boards/board')).toBe('dev.azure.com/contoso');
    expect(scope('https://dev.azure.com/Contoso/Platform/_backlogs')).toBe('dev.azure.com/contoso');
    expect(scope('https://dev.azure.com/Fabrikam/Web/_boards/board')).toBe('dev.azure.com/fabrikam');
    expect(scope('https://dev.azure.com/_signin')).toBeNull();
    expect(scope('https://dev.azure.com/Contoso/Platform/_boards/board')).toBe('dev.azure.com/contoso');
  });

  it("reads with the reader a content script is given, each the same as pageScope for that reader's trackers", () => {
    for (const [tracker, page, expected] of PAGES) {
      const read = tracker === 'azure-devops' ? azureDevOpsScope : hostScope;
      expect(pageScopeOf(read)(page)).toBe(expected);
    }
    // A Jira or Asana page's reader does not read an organization from the path.
    expect(pageScopeOf(hostScope)('https://dev.azure.com/Contoso/Platform/_boards/board')).toBe('dev.azure.com');
  });
});

describe('siteScope', () => {
  it("is the scope a page of the site's own reads", () => {
    for (const [tracker, , scope] of PAGES) if (scope !== null) expect(siteScope(tracker, scope)).toBe(scope);
  });

  it('is the host of a Jira Data Center site with a context path, and an Azure DevOps site whole', () => {
    expect(siteScope('jira', 'Jira.Example.test:8443/jira')).toBe('jira.example.test:8443');
    expect(siteScope('azure-devops', 'contoso.visualstudio.com')).toBe('dev.azure.com/contoso');
    expect(siteScope('azure-devops', 'tfs.example.test/tfs/DefaultCollection')).toBe(
      normalizeSite('azure-devops', 'tfs.example.test/tfs/DefaultCollection'),
    );
  });
});

describe('scopeIdPrefixes', () => {
  // A range read by these prefixes holds every item that belongs to the page (sender-site.ts); the reader keeps only those.
  const ids: [Tracker, string][] = [
    ['jira', 'acme.atlassian.net'],
    ['jira', 'acme.atlassian.net.evil.test'],
    ['jira', 'jira.example.test:8443/jira'],
    ['jira', 'jira.example.test:8443'],
    ['jira', 'jira.example.test'],
    ['azure-devops', 'dev.azure.com/contoso'],
    ['azure-devops', 'dev.azure.com/contosox'],
    ['azure-devops', 'tfs.example.test/tfs/main'],
  ];
  it.each(PAGES.filter(([, , scope]) => scope !== null))(
    'covers what siteBelongsToSender accepts on %s %s',
    (tracker, page) => {
      const scope = pageScope(tracker, new URL(page))!;
      for (const [idTracker, site] of ids) {
        if (idTracker !== tracker) continue;
        const key = tracker === 'jira' ? 'PAY-1' : '12';
        const id = `${tracker}:${site}:${key}`;
        const prefixed = scopeIdPrefixes(tracker, scope).some((prefix) => id.startsWith(prefix));
        if (siteBelongsToSender(tracker, site, page)) expect(prefixed, id).toBe(true);
      }
    },
  );
});
