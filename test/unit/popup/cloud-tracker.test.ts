import { describe, expect, it } from 'vitest';
import { cloudTrackerOf } from '../../../lib/popup/cloud-tracker';

describe('the tracker of a cloud page', () => {
  it.each([
    ['https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12', 'jira'],
    ['https://app.asana.com/0/1209000000000001/list', 'asana'],
    ['https://dev.azure.com/contoso/Web/_boards/board', 'azure-devops'],
    ['https://contoso.visualstudio.com/Web/_workitems', 'azure-devops'],
  ])('%s is %s', (href, tracker) => {
    expect(cloudTrackerOf(href)).toBe(tracker);
  });

  it.each([
    'https://not-a-tracker.example/',
    'https://jira.example.org/browse/PAY-1',
    'http://acme.atlassian.net/browse/PAY-1',
    'https://atlassian.net.evil.example/',
    'chrome://extensions',
    'not a url',
    undefined,
  ])('%s is none', (href) => {
    expect(cloudTrackerOf(href)).toBeNull();
  });
});
