// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { cloudSite, isJiraCloudPage, isJiraServerPage, serverSite } from '../../../lib/trackers/jira-site';
import { FIXTURE_NAMES, JIRA_FIXTURES, parseFixture } from './load-fixture';

function pageWith(head: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`, 'text/html');
}

describe('isJiraCloudPage', () => {
  it('is true on every Cloud fixture and false on every Server one', () => {
    for (const name of FIXTURE_NAMES) {
      const url = new URL(JIRA_FIXTURES[name]);
      expect(isJiraCloudPage(url, parseFixture(name)), name).toBe(name.startsWith('cloud-'));
    }
  });

  it('takes a Jira path when the marker is missing, and the marker on other paths', () => {
    const bare = pageWith('');
    const marked = pageWith('<meta name="application-name" content="JIRA">');
    expect(isJiraCloudPage(new URL('https://acme.atlassian.net/browse/PAY-1'), bare)).toBe(true);
    expect(isJiraCloudPage(new URL('https://acme.atlassian.net/issues/?jql=x'), bare)).toBe(true);
    expect(isJiraCloudPage(new URL('https://acme.atlassian.net/secure/RapidBoard.jspa'), marked)).toBe(true);
  });

  it('is false on Confluence and on other hosts', () => {
    const confluence = pageWith('<meta name="application-name" content="Confluence">');
    expect(isJiraCloudPage(new URL('https://acme.atlassian.net/wiki/spaces/PAY/overview'), confluence)).toBe(false);
    expect(isJiraCloudPage(new URL('https://acme.atlassian.net.evil.example/browse/PAY-1'), pageWith(''))).toBe(false);
    expect(isJiraCloudPage(new URL('https://jira.example.org/browse/PAY-1'), pageWith(''))).toBe(false);
  });
});

describe('isJiraServerPage', () => {
  it('is true on every Server fixture and false on every Cloud one', () => {
    for (const name of FIXTURE_NAMES) {
      const url = new URL(JIRA_FIXTURES[name]);
      expect(isJiraServerPage(url, parseFixture(name)), name).toBe(name.startsWith('server-'));
    }
  });

  it('accepts any one of the markers', () => {
    const url = new URL('https://issues.apache.org/jira/browse/KAFKA-1');
    expect(isJiraServerPage(url, pageWith('<meta name="ajs-context-path" content="/jira">'))).toBe(true);
    expect(
      isJiraServerPage(url, pageWith('<meta name="ajs-jira-base-url" content="https://issues.apache.org/jira">')),
    ).toBe(true);
    expect(isJiraServerPage(url, pageWith('<meta name="application-name" content="JIRA" data-version="9.4.0">'))).toBe(
      true,
    );
    expect(isJiraServerPage(url, pageWith('<meta name="application-name" content="JIRA">'))).toBe(false);
    expect(isJiraServerPage(url, pageWith(''))).toBe(false);
  });

  it('is false on other Atlassian servers and on Cloud hosts', () => {
    const confluence = pageWith(
      '<meta name="application-name" content="Confluence" data-version="8.5.4"><meta name="ajs-context-path" content="/wiki">',
    );
    expect(isJiraServerPage(new URL('https://wiki.example.org/wiki/display/PAY'), confluence)).toBe(false);
    const marked = pageWith('<meta name="ajs-context-path" content="">');
    expect(isJiraServerPage(new URL('https://acme.atlassian.net/browse/PAY-1'), marked)).toBe(false);
  });
});

describe('cloudSite', () => {
  it('is the lower-case host', () => {
    expect(cloudSite(new URL('https://ACME.atlassian.net/browse/PAY-1'))).toEqual({
      site: 'acme.atlassian.net',
      base: 'https://acme.atlassian.net',
    });
  });
});

describe('serverSite', () => {
  it('is host, port and context path', () => {
    const doc = pageWith('<meta name="ajs-context-path" content="/jira">');
    expect(serverSite(doc, new URL('https://Issues.Apache.org/jira/browse/KAFKA-1'))).toEqual({
      site: 'issues.apache.org/jira',
      base: 'https://issues.apache.org/jira',
    });
    const root = pageWith('<meta name="ajs-context-path" content="">');
    expect(serverSite(root.body, new URL('http://jira.internal:8080/browse/PAY-1'))).toEqual({
      site: 'jira.internal:8080',
      base: 'http://jira.internal:8080',
    });
  });

  it('falls back to the base URL meta for the context path', () => {
    const doc = pageWith('<meta name="ajs-jira-base-url" content="https://jira.example.org/tracker/">');
    expect(serverSite(doc, new URL('https://jira.example.org/tracker/browse/PAY-1'))?.site).toBe(
      'jira.example.org/tracker',
    );
    const elsewhere = pageWith('<meta name="ajs-jira-base-url" content="https://proxy.example.org/tracker">');
    expect(serverSite(elsewhere, new URL('https://jira.example.org/browse/PAY-1'))?.site).toBe('jira.example.org');
  });

  it('refuses a context path it cannot spell', () => {
    const doc = pageWith('<meta name="ajs-context-path" content="/jira&quot;><img src=x>">');
    expect(serverSite(doc, new URL('https://jira.example.org/browse/PAY-1'))).toBeNull();
  });
});
