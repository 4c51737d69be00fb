// @vitest-environment happy-dom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { PageItemsReply } from '../../../lib/messages/notices';
import type { ObjectiveSummary } from '../../../lib/model/annotation';
import type { PageState } from '../../../lib/popup/page-connection';
import { renderContainer } from '../render-container';

const GROW: ObjectiveSummary = {
  id: 'ob-grow',
  code: 'GROW-1',
  title: 'Grow checkout revenue',
  status: 'active',
  targets: [],
};
const PAGE: PageItemsReply = {
  tracker: 'jira',
  site: 'acme.atlassian.net',
  views: ['card'],
  items: [
    {
      id: 'jira:acme.atlassian.net:PAY-1',
      kind: 'card',
      title: 'Faster checkout',
      listed: true,
      state: 'aligned',
      alignments: [{ objectiveId: GROW.id, via: 'link' }],
    },
    {
      id: 'jira:acme.atlassian.net:PAY-2',
      kind: 'card',
      title: 'Fix login',
      listed: true,
      state: 'unaligned',
      alignments: [],
    },
  ],
  objectives: { [GROW.id]: GROW },
};
const READ: PageState = { kind: 'items', tabId: 7, url: 'https://acme.atlassian.net/browse/PAY-1', page: PAGE };

let asked: string[];

async function until(check: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !check(); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
}

beforeEach(() => {
  asked = [];
  // The background never answers: whatever the popup shows came from the tab.
  fakeBrowser.runtime.sendMessage = ((request: { type: string }) => {
    asked.push(request.type);
    return new Promise(() => {});
  }) as never;
  fakeBrowser.tabs.get = (async () => ({ url: READ.url })) as never;
  fakeBrowser.tabs.sendMessage = (async () => ({
    ...PAGE,
    items: PAGE.items.map(({ alignments, ...item }) => item),
  })) as never;
});
const container = renderContainer();

describe("the popup's first render", () => {
  it("shows the tab's items with their objectives before the background answers", async () => {
    render(<PopupApp firstRead={Promise.resolve(READ)} />, container());
    await until(() => container().textContent?.includes(GROW.title) ?? false);
    expect(container().textContent).toContain(GROW.title);
    expect(container().textContent).toContain('Faster checkout');
    expect(container().textContent).toContain('Fix login');
    // The background is still asked: what is known of the items' facts comes from it.
    expect(asked).toContain('annotate');
  });

  it('waits for the background when the tab has no answer of its own yet', async () => {
    const pending: PageState = {
      ...READ,
      page: { ...PAGE, items: PAGE.items.map(({ alignments, ...item }) => ({ ...item, state: 'pending' as const })) },
    };
    render(<PopupApp firstRead={Promise.resolve(pending)} />, container());
    await until(() => asked.includes('annotate'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container().textContent).not.toContain(GROW.title);
  });
});
