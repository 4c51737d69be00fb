// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { azureDevOpsSite, isAzureDevOpsPage } from '../../../../lib/trackers/azure-devops-site';

describe('Azure DevOps site', () => {
  it.each([
    [
      'https://dev.azure.com/contoso/Platform/_boards/board/t/Platform%20Team/Stories',
      'dev.azure.com/contoso',
      'https://dev.azure.com/contoso',
    ],
    [
      'https://dev.azure.com/Contoso/Platform/_workitems/edit/101',
      'dev.azure.com/contoso',
      'https://dev.azure.com/Contoso',
    ],
    ['https://dev.azure.com/contoso', 'dev.azure.com/contoso', 'https://dev.azure.com/contoso'],
    [
      'https://contoso.visualstudio.com/Platform/_workitems/edit/101',
      'dev.azure.com/contoso',
      'https://contoso.visualstudio.com',
    ],
    [
      'https://Contoso.VisualStudio.com/Platform/_backlogs/backlog',
      'dev.azure.com/contoso',
      'https://contoso.visualstudio.com',
    ],
    [
      'https://contoso.visualstudio.com/DefaultCollection/Platform/_workitems/edit/101',
      'dev.azure.com/contoso',
      'https://contoso.visualstudio.com/DefaultCollection',
    ],
    ['https://contoso.visualstudio.com/', 'dev.azure.com/contoso', 'https://contoso.visualstudio.com'],
    [
      'https://tfs.fabrikam.local/tfs/DefaultCollection/Platform/_workitems/edit/101',
      'tfs.fabrikam.local/tfs/defaultcollection',
      'https://tfs.fabrikam.local/tfs/DefaultCollection',
    ],
    [
      'http://tfs.fabrikam.local:8080/tfs/Fabrikam/Web/_boards/board/t/Web%20Team/Backlog%20items',
      'tfs.fabrikam.local:8080/tfs/fabrikam',
      'http://tfs.fabrikam.local:8080/tfs/Fabrikam',
    ],
    [
      'https://ado.fabrikam.com/Fabrikam/Web/_queries/query/1/',
      'ado.fabrikam.com/fabrikam',
      'https://ado.fabrikam.com/Fabrikam',
    ],
    [
      'https://ado.fabrikam.com:8443/Main%20Collection/Web/_sprints',
      'ado.fabrikam.com:8443/main%20collection',
      'https://ado.fabrikam.com:8443/Main%20Collection',
    ],
  ])('%s is %s', (href, site, base) => {
    expect(azureDevOpsSite(new URL(href))).toEqual({ site, base });
  });

  it.each([
    'https://dev.azure.com/',
    'https://dev.azure.com/_signin?realm=dev.azure.com',
    'https://contoso.vsrm.visualstudio.com/Platform/_release',
    'https://tfs.fabrikam.local/tfs/',
    'https://tfs.fabrikam.local/_workitems/edit/101',
  ])('%s names no organization or collection', (href) => {
    expect(azureDevOpsSite(new URL(href))).toBeNull();
  });

  it('knows the cloud hosts by name, whatever the page holds', () => {
    const empty = document.implementation.createHTMLDocument('');
    expect(isAzureDevOpsPage(new URL('https://dev.azure.com/contoso/Platform'), empty)).toBe(true);
    expect(isAzureDevOpsPage(new URL('https://contoso.visualstudio.com/Platform'), empty)).toBe(true);
  });

  it('knows a Server by its work hub paths or its page markers', () => {
    const empty = document.implementation.createHTMLDocument('');
    expect(isAzureDevOpsPage(new URL('https://ado.fabrikam.com/Fabrikam/Web/_boards/board'), empty)).toBe(true);
    expect(isAzureDevOpsPage(new URL('https://ado.fabrikam.com/Fabrikam/Web/_workitems/edit/7'), empty)).toBe(true);
    expect(isAzureDevOpsPage(new URL('https://ado.fabrikam.com/Fabrikam/Web'), empty)).toBe(false);
    const marked = document.implementation.createHTMLDocument('');
    marked.body.innerHTML = '<div class="bolt-page"></div>';
    expect(isAzureDevOpsPage(new URL('https://ado.fabrikam.com/Fabrikam/Web'), marked)).toBe(true);
    marked.body.innerHTML = '<div class="work-item-form-page"></div>';
    expect(isAzureDevOpsPage(new URL('https://ado.fabrikam.com/Fabrikam/Web'), marked)).toBe(true);
    expect(isAzureDevOpsPage(new URL('https://example.org/wiki/_boardsmanship'), empty)).toBe(false);
  });
});
