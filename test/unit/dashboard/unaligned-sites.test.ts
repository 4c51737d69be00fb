import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seenWork } from '../../../lib/dashboard/seen-work';
import { unalignedSitePage, unalignedSites } from '../../../lib/dashboard/unaligned-groups';
import { recordSeen } from '../../../lib/db/seen-items';
import { createHandlers } from '../../../lib/messages/handlers';
import type { SeenItem } from '../../../lib/model/seen-item';
import { NOW, seededDatabase } from '../db/test-database';

const PAGE = { kind: 'page' } as const;

const seenItem: fc.Arbitrary<SeenItem> = fc.record({
  id: fc.oneof(
    fc.integer({ min: 1, max: 99 }).map((n) => `jira:acme.atlassian.net:PAY-${n}`),
    fc.integer({ min: 1, max: 99 }).map((n) => `jira:beta.atlassian.net:OPS-${n}`),
    fc.integer({ min: 1, max: 99 }).map((n) => `azure-devops:dev.azure.com/contoso:${n}`),
    fc.integer({ min: 1, max: 9 }).map((n) => `asana:app.asana.com:120900000000010${n}`),
  ),
  url: fc.constant('https://example.test/'),
  lastSeen: fc
    .date({ min: new Date('2026-01-01'), max: new Date('2026-12-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
});

/** Every page of a site, asked for one after another as the dashboard's pager does. */
function allPages(
  work: Parameters<typeof unalignedSitePage>[0],
  tracker: 'jira' | 'asana' | 'azure-devops',
  site: string,
  size: number,
) {
  const pages = [];
  for (let page = 0; ; page++) {
    const answer = unalignedSitePage(work, tracker, site, page, size);
    if (answer.page < page) break;
    pages.push(answer);
  }
  return pages;
}

describe('unaligned work by site, a page at a time', () => {
  it('lists each unaligned item once, in its site, newest first, and counts them all', () => {
    fc.assert(
      fc.property(fc.array(seenItem, { maxLength: 80 }), fc.integer({ min: 1, max: 7 }), (items, size) => {
        const work = seenWork(items);
        const sites = unalignedSites(work, size);
        expect(sites.reduce((sum, site) => sum + site.count, 0)).toBe(work.length);
        for (const first of sites) {
          const pages = allPages(work, first.tracker, first.site, size);
          expect(pages[0]).toEqual(first);
          const listed = pages.flatMap((page) => page.items);
          expect(listed).toEqual(work.filter((item) => item.tracker === first.tracker && item.site === first.site));
          expect(pages.every((page) => page.count === first.count && page.items.length <= size)).toBe(true);
        }
        // Trackers in their usual order, then the site with the most unaligned work first.
        const order = sites.map((site) => `${['jira', 'asana', 'azure-devops'].indexOf(site.tracker)}`);
        expect(order).toEqual([...order].sort());
      }),
      { numRuns: 200 },
    );
  });

  it('answers a page past the end with the last page, and a site with none with nothing', () => {
    const work = seenWork(
      Array.from({ length: 45 }, (_, n) => ({
        id: `jira:acme.atlassian.net:PAY-${n + 1}`,
        url: 'https://acme.atlassian.net/browse/X',
        lastSeen: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
      })),
    );
    const last = unalignedSitePage(work, 'jira', 'acme.atlassian.net', 9);
    expect(last).toMatchObject({ page: 2, count: 45 });
    expect(last.items.map((item) => item.key)).toEqual(['PAY-5', 'PAY-4', 'PAY-3', 'PAY-2', 'PAY-1']);
    expect(unalignedSitePage(work, 'asana', 'app.asana.com', 3)).toEqual({
      tracker: 'asana',
      site: 'app.asana.com',
      count: 0,
      page: 0,
      items: [],
    });
  });

  it('pages through what the dashboard counts, none of it aligned by the resolver', async () => {
    const db = await seededDatabase();
    const handlers = createHandlers({ db, notify: () => {}, now: () => NOW, version: 'test' });
    const ids = Array.from({ length: 50 }, (_, n) => `jira:acme.atlassian.net:PAY-${n + 1}`);
    await recordSeen(
      db,
      ids.map((id, n) => ({
        id,
        url: 'https://acme.atlassian.net/browse/X',
        lastSeen: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
      })),
    );
    for (const id of ids.slice(0, 7)) await handlers.link({ type: 'link', itemId: id, objectiveId: 'ob-grow-1' }, PAGE);

    const summary = await handlers.summarizeWork({ type: 'summarizeWork' }, PAGE);
    const [first] = summary.unalignedSites.filter((site) => site.site === 'acme.atlassian.net');
    expect(first).toMatchObject({ count: summary.seen - summary.aligned, page: 0 });
    const listed = [...first!.items];
    for (let page = 1; page * 20 < first!.count; page++) {
      const answer = await handlers.unalignedPage(
        { type: 'unalignedPage', tracker: 'jira', site: 'acme.atlassian.net', page },
        PAGE,
      );
      expect(answer.page).toBe(page);
      listed.push(...answer.items);
    }
    expect(new Set(listed.map((item) => item.id)).size).toBe(first!.count);
    const resolved = await handlers.annotate({ type: 'annotate', items: listed.map(({ id }) => ({ id })) }, PAGE);
    expect(Object.values(resolved.items).every((alignments) => alignments.length === 0)).toBe(true);
    expect(listed.some((item) => ids.slice(0, 7).includes(item.id))).toBe(false);
  });
});
