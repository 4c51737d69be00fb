// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { type LoadUnalignedPage, UnalignedWork } from '../../../components/dashboard/UnalignedWork';
import { seenWork } from '../../../lib/dashboard/seen-work';
import { type UnalignedSite, unalignedSitePage, unalignedSites } from '../../../lib/dashboard/unaligned-groups';
import type { Reply } from '../../../lib/messages/protocol';
import { renderContainer } from '../render-container';

const container = renderContainer();

const work = (count: number) =>
  seenWork(
    Array.from({ length: count }, (_, n) => ({
      id: `jira:acme.atlassian.net:PAY-${n + 1}`,
      url: `https://acme.atlassian.net/browse/PAY-${n + 1}`,
      title: `Item ${n + 1}`,
      lastSeen: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
    })),
  );

/** A background that answers each page when the test says. */
function pendingPages() {
  const asked: { page: number; answer(reply: Reply<UnalignedSite>): void }[] = [];
  const load: LoadUnalignedPage = vi.fn(
    (_site, page) => new Promise<Reply<UnalignedSite>>((answer) => asked.push({ page, answer })),
  );
  return { load, asked };
}

const keys = () => [...container().querySelectorAll('.work-item .work-key')].map((key) => key.textContent);
const countLine = () => container().querySelector('.list-count')?.textContent;
const button = (name: string) =>
  [...container().querySelectorAll('button')].find((button) => button.textContent === name)!;

/** Answers a page as the background would: later, in a task of its own. */
async function answer(asked: { answer(reply: Reply<UnalignedSite>): void }, reply: Reply<UnalignedSite>) {
  await act(async () => {
    asked.answer(reply);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function show(sites: UnalignedSite[], load: LoadUnalignedPage) {
  await act(() => render(<UnalignedWork sites={sites} seen={100} loadPage={load} onLink={() => {}} />, container()));
}

describe('UnalignedWork', () => {
  it('shows each site’s first page from the answer, and asks for the next one when it is wanted', async () => {
    const items = work(45);
    const { load, asked } = pendingPages();
    await show(unalignedSites(items), load);
    expect(container().querySelector('#unaligned-heading')?.textContent).toContain('45');
    expect(keys()).toHaveLength(20);
    expect(keys()[0]).toBe('PAY-45');
    expect(load).not.toHaveBeenCalled();

    await act(() => button('Next').click());
    expect(load).toHaveBeenCalledWith(expect.objectContaining({ tracker: 'jira', site: 'acme.atlassian.net' }), 1);
    // Until it comes, the page on screen stays, marked busy.
    expect(keys()[0]).toBe('PAY-45');
    expect(container().querySelector('.work-list')?.getAttribute('aria-busy')).toBe('true');
    await answer(asked[0]!, { ok: true, data: unalignedSitePage(items, 'jira', 'acme.atlassian.net', 1) });
    expect(keys()[0]).toBe('PAY-25');
    expect(countLine()).toBe('21–40 of 45');
    expect(container().querySelector('.work-list')?.getAttribute('aria-busy')).toBe('false');

    await act(() => button('Previous').click());
    expect(keys()[0]).toBe('PAY-45');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says when a page could not be had, keeps the one on screen, and asks again when asked again', async () => {
    const items = work(45);
    const { load, asked } = pendingPages();
    await show(unalignedSites(items), load);
    await act(() => button('Next').click());
    await answer(asked[0]!, { ok: false, error: 'Throughline is not reachable.' });
    expect(container().querySelector('[role="alert"]')?.textContent).toContain('Throughline is not reachable.');
    expect(keys()[0]).toBe('PAY-45');

    await act(() => button('Next').click());
    expect(load).toHaveBeenCalledTimes(2);
    expect(container().querySelector('[role="alert"]')).toBeNull();
    await answer(asked[1]!, { ok: true, data: unalignedSitePage(items, 'jira', 'acme.atlassian.net', 1) });
    expect(container().querySelector('[role="alert"]')).toBeNull();
    expect(countLine()).toBe('21–40 of 45');
  });

  it('asks again for the page on screen when a new answer comes, and drops an answer no longer wanted', async () => {
    const items = work(45);
    const { load, asked } = pendingPages();
    await show(unalignedSites(items), load);
    await act(() => button('Next').click());
    await answer(asked[0]!, { ok: true, data: unalignedSitePage(items, 'jira', 'acme.atlassian.net', 1) });

    // Two items linked elsewhere: the dashboard's answer comes again.
    const fewer = items.slice(2);
    await show(unalignedSites(fewer), load);
    expect(load).toHaveBeenCalledTimes(2);
    expect(asked[1]!.page).toBe(1);
    await answer(asked[1]!, { ok: true, data: unalignedSitePage(fewer, 'jira', 'acme.atlassian.net', 1) });
    expect(countLine()).toBe('21–40 of 43');
    expect(keys()[0]).toBe('PAY-23');

    // Going back before the next page comes: its late answer changes nothing.
    await act(() => button('Next').click());
    await act(() => button('Previous').click());
    expect(asked[2]!.page).toBe(2);
    await answer(asked[2]!, { ok: true, data: unalignedSitePage(fewer, 'jira', 'acme.atlassian.net', 2) });
    expect(countLine()).toBe('1–20 of 43');
  });
});
