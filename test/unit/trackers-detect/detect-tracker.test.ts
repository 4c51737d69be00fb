// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectTracker } from '../../../lib/trackers/detect-tracker';

function page(html: string, path = '/'): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.documentElement.innerHTML = html;
  Object.defineProperty(doc, 'location', { value: new URL(`https://tracker.example.test${path}`) });
  return doc;
}

describe('detectTracker', () => {
  it.each([
    '<head><meta name="ajs-context-path" content="/jira"></head>',
    '<head><meta name="ajs-jira-base-url" content="https://issues.example.org/jira"></head>',
    '<head><meta name="application-name" content="JIRA" data-name="jira" data-version="9.12.2"></head>',
  ])('knows Jira by its markers: %s', (html) => {
    expect(detectTracker(page(html))).toBe('jira');
  });

  it('knows Azure DevOps Server by a hub path and its Bolt UI', () => {
    expect(
      detectTracker(page('<body><div class="bolt-page"></div></body>', '/tfs/DefaultCollection/Web/_boards/board')),
    ).toBe('azure-devops');
    expect(detectTracker(page('<body><div class="bolt-page"></div></body>', '/blog/post'))).toBeNull();
  });

  it('knows an Azure DevOps Server without the New Boards Hub by its legacy hub', () => {
    const legacy = '<body><div class="hub-title">Stories</div><div class="agile-board"></div></body>';
    expect(detectTracker(page(legacy, '/tfs/DefaultCollection/Web/_backlogs/board/Stories'))).toBe('azure-devops');
    expect(detectTracker(page(legacy, '/about'))).toBeNull();
  });

  it('says nothing of other pages', () => {
    expect(detectTracker(page('<head><meta name="application-name" content="Confluence"></head>'))).toBeNull();
  });
});
