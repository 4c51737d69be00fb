import { describe, expect, it } from 'vitest';
import { siteBelongsToSender } from '../../../lib/messages/sender-site';

describe('siteBelongsToSender', () => {
  it('answers a Jira Cloud tenant only for its own site', () => {
    expect(siteBelongsToSender('jira', 'acme.atlassian.net', 'https://acme.atlassian.net/browse/PAY-1')).toBe(true);
    expect(siteBelongsToSender('jira', 'other.atlassian.net', 'https://acme.atlassian.net/browse/PAY-1')).toBe(false);
    expect(siteBelongsToSender('asana', 'app.asana.com', 'https://acme.atlassian.net/browse/PAY-1')).toBe(false);
  });

  it('matches a Jira Data Center site by host and port, whatever its context path', () => {
    const page = 'https://jira.example.test:8443/jira/browse/PAY-7';
    expect(siteBelongsToSender('jira', 'jira.example.test:8443/jira', page)).toBe(true);
    expect(siteBelongsToSender('jira', 'jira.example.test/jira', page)).toBe(false);
    expect(siteBelongsToSender('jira', 'evil.example.test:8443/jira', page)).toBe(false);
  });

  it('reads an Azure DevOps organization from the address, in either spelling', () => {
    const cloud = 'https://dev.azure.com/contoso/Platform/_boards/board';
    expect(siteBelongsToSender('azure-devops', 'dev.azure.com/contoso', cloud)).toBe(true);
    expect(siteBelongsToSender('azure-devops', 'contoso.visualstudio.com', cloud)).toBe(true);
    expect(siteBelongsToSender('azure-devops', 'dev.azure.com/fabrikam', cloud)).toBe(false);
    expect(
      siteBelongsToSender('azure-devops', 'dev.azure.com/contoso', 'https://contoso.visualstudio.com/Platform'),
    ).toBe(true);
    expect(
      siteBelongsToSender(
        'azure-devops',
        'tfs.example.test/tfs/main',
        'https://tfs.example.test/tfs/Main/P/_workitems/edit/1',
      ),
    ).toBe(true);
    expect(
      siteBelongsToSender('azure-devops', 'tfs.example.test/tfs/other', 'https://tfs.example.test/tfs/Main/P'),
    ).toBe(false);
  });

  it('refuses addresses that are not web pages', () => {
    expect(siteBelongsToSender('jira', 'acme.atlassian.net', 'not a url')).toBe(false);
    expect(siteBelongsToSender('jira', 'acme.atlassian.net', 'file://acme.atlassian.net/x')).toBe(false);
  });
});
