import { describe, expect, it } from 'vitest';
import { browseUrl, jiraKey, keyFromHref, keyFromPageUrl } from '../../../lib/trackers/jira-keys';

const page = new URL('https://acme.atlassian.net/jira/software/c/projects/PAY/boards/12');

describe('jiraKey', () => {
  it('accepts keys and trims them', () => {
    expect(jiraKey(' PAY-1 ')).toBe('PAY-1');
    expect(jiraKey('A1_B-22')).toBe('A1_B-22');
  });

  it('rejects anything else, including markup', () => {
    for (const text of [
      'pay-1',
      'PAY',
      'PAY-',
      '1PAY-2',
      'P-1',
      'PAY-1 PAY-2',
      '<img src=x onerror=alert(1)>',
      '',
      null,
    ]) {
      expect(jiraKey(text)).toBeNull();
    }
  });
});

describe('keyFromHref', () => {
  it('reads /browse/KEY links, with or without a context path, query or trailing slash', () => {
    expect(keyFromHref('/browse/PAY-1', page)).toBe('PAY-1');
    expect(keyFromHref('https://acme.atlassian.net/browse/PAY-2?focusedCommentId=3#c', page)).toBe('PAY-2');
    expect(keyFromHref('/jira/browse/WEB-3/', page)).toBe('WEB-3');
  });

  it('ignores links that are not an issue of this site', () => {
    for (const href of [
      '/browse/PAY',
      '/browse/PAY-1/comments',
      '/jira/software/c/projects/PAY/boards/12',
      'javascript:alert("/browse/PAY-1")',
      '//evil.example/browse/PAY-1',
      'https://other.atlassian.net/browse/PAY-1',
      '/browse/%3Cimg%20src=x%3E-1',
      null,
    ]) {
      expect(keyFromHref(href, page)).toBeNull();
    }
  });
});

describe('keyFromPageUrl', () => {
  it('reads the issue page or the side panel parameter', () => {
    expect(keyFromPageUrl(new URL('https://acme.atlassian.net/browse/PAY-1'))).toBe('PAY-1');
    expect(keyFromPageUrl(new URL('https://jira.example.org/jira/browse/PAY-7'))).toBe('PAY-7');
    expect(keyFromPageUrl(new URL(`${page.href}?selectedIssue=PAY-3`))).toBe('PAY-3');
    expect(keyFromPageUrl(new URL(`${page.href}?selectedIssue=%3Cb%3E`))).toBeNull();
    expect(keyFromPageUrl(page)).toBeNull();
  });
});

describe('browseUrl', () => {
  it('builds the issue page from the site base', () => {
    expect(browseUrl('https://jira.example.org/jira', 'PAY-7')).toBe('https://jira.example.org/jira/browse/PAY-7');
  });
});
