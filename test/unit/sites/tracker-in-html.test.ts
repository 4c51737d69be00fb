// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { trackerInHtml } from '../../../lib/sites/tracker-in-html';
import { detectTracker } from '../../../lib/trackers/detect-tracker';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

describe('trackerInHtml', () => {
  it.each(['server-issue', 'server-board', 'server-backlog', 'server-navigator', 'server-no-match'])(
    'knows Jira Data Center by the markers of the saved %s page',
    (name) => {
      expect(trackerInHtml(fixture(`jira/${name}.html`), 'https://jira.example.test/jira/secure/Dashboard.jspa')).toBe(
        'jira',
      );
    },
  );

  it('knows a Jira login page, which is what a signed-out session reads', () => {
    const login =
      '<html><head><meta name="application-name" content="JIRA" data-name="jira" data-version="9.12.2">' +
      '<meta name="ajs-context-path" content=""></head><body><form id="login-form"></form></body></html>';
    expect(trackerInHtml(login, 'https://jira.example.com/login.jsp')).toBe('jira');
  });

  it('knows Azure DevOps Server by a hub path and its Bolt UI', () => {
    expect(
      trackerInHtml(
        fixture('azure-devops/kanban.html'),
        'http://tfs.corp:8080/tfs/DefaultCollection/Platform/_boards/board/t/Platform%20Team/Stories',
      ),
    ).toBe('azure-devops');
  });

  it('does not take a page for Azure DevOps by its classes alone, away from a hub', () => {
    expect(trackerInHtml(fixture('azure-devops/kanban.html'), 'http://tfs.corp:8080/blog/post')).toBeNull();
  });

  it.each([
    [
      'a plain page',
      '<!doctype html><html><head><title>Not a tracker</title></head><body><h1>Not a tracker</h1></body></html>',
    ],
    [
      'Confluence, which shares Jira’s ajs- markers',
      '<head><meta name="application-name" content="Confluence" data-version="8.5"><meta name="ajs-context-path" content="/wiki"></head>',
    ],
    ['an empty answer', ''],
  ])('says %s is neither', (_, html) => {
    expect(trackerInHtml(html, 'https://not-a-tracker.example/')).toBeNull();
  });

  it('leaves the popup’s injected check as it was: no arguments, the current document and its location', () => {
    document.head.innerHTML = '<meta name="ajs-jira-base-url" content="https://jira.example.com">';
    expect(detectTracker()).toBe('jira');
    document.head.innerHTML = '';
    expect(detectTracker()).toBeNull();
  });
});
