import { describe, expect, it } from 'vitest';
import { idFromHref, idFromPageUrl, workItemId, workItemUrl } from '../../../../lib/trackers/azure-devops-ids';

const page = new URL('https://dev.azure.com/contoso/Platform/_boards/board/t/Platform%20Team/Stories');

describe('Azure DevOps ids', () => {
  it.each([
    ['https://dev.azure.com/contoso/Platform/_workitems/edit/101', '101'],
    ['https://dev.azure.com/contoso/Platform/_workitems/edit/101/', '101'],
    ['/contoso/Platform/_workitems/edit/102?fullScreen=true', '102'],
    ['https://contoso.visualstudio.com/_workitems/edit/103#comments', '103'],
    ['https://dev.azure.com/contoso/Platform/_workitems/edit/-1', null],
    ['https://dev.azure.com/contoso/Platform/_workitems/edit/0', null],
    ['https://dev.azure.com/contoso/Platform/_workitems/edit/abc', null],
    ['https://dev.azure.com/contoso/Platform/_workitems/edit/101/extra', null],
    ['https://dev.azure.com/contoso/Platform/_workitems/recentlyupdated/', null],
    ['javascript:alert("/_workitems/edit/101")', null],
    ['', null],
  ])('link %s is item %s', (href, id) => {
    expect(idFromHref(href, page)).toBe(id);
  });

  it.each([
    ['https://dev.azure.com/contoso/Platform/_workitems/edit/101', '101'],
    ['https://dev.azure.com/contoso/Platform/_boards/board/t/Platform%20Team/Stories?workitem=102', '102'],
    ['https://dev.azure.com/contoso/Platform/_boards/board/t/Platform%20Team/Stories?workitem=x', null],
    ['https://dev.azure.com/contoso/Platform/_boards/board/t/Platform%20Team/Stories', null],
  ])('page %s opens item %s', (href, id) => {
    expect(idFromPageUrl(new URL(href))).toBe(id);
  });

  it('accepts only positive numbers as ids', () => {
    expect(workItemId(' 42 ')).toBe('42');
    expect(workItemId('-1')).toBeNull();
    expect(workItemId('042')).toBeNull();
    expect(workItemId('4 2')).toBeNull();
    expect(workItemId(undefined)).toBeNull();
  });

  it('builds the item URL on the organization, without a project', () => {
    expect(workItemUrl({ site: 'dev.azure.com/contoso', base: 'https://dev.azure.com/contoso' }, '101')).toBe(
      'https://dev.azure.com/contoso/_workitems/edit/101',
    );
  });
});
