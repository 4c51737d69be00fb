import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../lib/messages/handlers';
import { createRouter } from '../../../lib/messages/router';
import { seenColumns } from '../../../lib/model/seen-columns';
import { seededDatabase } from '../db/test-database';

const ORIGIN = 'chrome-extension://abc';
const NOW = new Date('2026-11-25T10:00:00Z');
const acme = { id: 'abc', url: 'https://acme.atlassian.net/browse/PAY-1', tab: { id: 1 } as never };
const otherTenant = { id: 'abc', url: 'https://globex.atlassian.net/browse/OPS-1', tab: { id: 2 } as never };
const page = { id: 'abc', url: `${ORIGIN}/options.html` };
const ACME_ITEM = 'jira:acme.atlassian.net:PAY-42';
const NEW_ITEM = 'jira:acme.atlassian.net:PAY-9';

async function setup() {
  const db = await seededDatabase();
  const router = createRouter(createHandlers({ db, notify: vi.fn(), now: () => NOW, version: '1' }), {
    runtimeId: 'abc',
    extensionOrigin: ORIGIN,
    isTrackerPage: (url) => url.includes('.atlassian.net/'),
  });
  return { db, router };
}

describe('a content script speaks only for its own site', () => {
  it('answers a page about its own site’s items only', async () => {
    const { router } = await setup();
    const reply = (await router({ type: 'annotate', items: [{ id: ACME_ITEM }] }, otherTenant)) as {
      ok: true;
      data: { items: Record<string, unknown> };
    };
    expect(reply.ok).toBe(true);
    expect(reply.data.items).toEqual({});
    const own = (await router({ type: 'annotate', items: [{ id: ACME_ITEM }] }, acme)) as typeof reply;
    expect(Object.keys(own.data.items)).toEqual([ACME_ITEM]);
  });

  it.each([
    ['link', { type: 'link', itemId: ACME_ITEM, objectiveId: 'ob-grow-1' }],
    ['unlink', { type: 'unlink', itemId: ACME_ITEM, objectiveId: 'ob-grow-2' }],
    ['removeLinks', { type: 'removeLinks', linkIds: ['ln-1'] }],
    [
      'recordSeen',
      {
        type: 'recordSeen',
        seen: seenColumns([
          { id: ACME_ITEM, url: 'https://acme.atlassian.net/browse/PAY-42', lastSeen: NOW.toISOString() },
        ]),
      },
    ],
  ])('refuses %s about another tenant’s items, changing nothing', async (_type, message) => {
    const { db, router } = await setup();
    const reply = await router(message, otherTenant);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^Refused: /) });
    expect(await db.links.count()).toBe(1);
    expect(await db.seenItems.count()).toBe(0);
    expect((await router(message, acme)).ok).toBe(true);
  });

  it('restores only links that page removed itself, as they were, and never overwrites', async () => {
    const { db, router } = await setup();
    const stored = await db.links.get('ln-1');
    const forged = { ...stored!, id: 'ln-forged', objectiveId: 'ob-grow-1' };
    expect(await router({ type: 'restoreLinks', links: [forged] }, acme)).toEqual({
      ok: false,
      error: expect.stringMatching(/was not removed from this page/),
    });

    const unlinked = await router({ type: 'unlink', itemId: ACME_ITEM, objectiveId: 'ob-grow-2' }, acme);
    expect(unlinked.ok).toBe(true);
    const removed = (unlinked as { data: { removed: typeof stored } }).data.removed!;
    expect(await router({ type: 'restoreLinks', links: [removed] }, otherTenant)).toMatchObject({ ok: false });
    expect(await router({ type: 'restoreLinks', links: [{ ...removed, note: 'changed' }] }, acme)).toMatchObject({
      ok: false,
    });
    expect(await router({ type: 'restoreLinks', links: [removed] }, acme)).toEqual({ ok: true, data: { restored: 1 } });
    // The receipt is used up: the same undo twice is refused.
    expect(await router({ type: 'restoreLinks', links: [removed] }, acme)).toMatchObject({ ok: false });

    const reused = { ...removed, itemId: NEW_ITEM };
    expect(await router({ type: 'restoreLinks', links: [reused] }, page)).toEqual({ ok: true, data: { restored: 0 } });
    expect((await db.links.get('ln-1'))?.itemId).toBe(ACME_ITEM);
  });

  it('gives the Links view’s first rows, every site’s, to extension pages only', async () => {
    const { router } = await setup();
    const refused = await router({ type: 'firstLinkRows', limit: 50 }, acme);
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('firstLinkRows') });
    const reply = (await router({ type: 'firstLinkRows', limit: 50 }, page)) as {
      ok: true;
      data: { rows: { id: string; key: string }[] };
    };
    expect(reply.ok).toBe(true);
    expect(reply.data.rows.map((row) => [row.id, row.key])).toEqual([['ln-1', 'PAY-42']]);
  });

  it('gives the catalogue views’ first answer to extension pages only, as the database and the background hold it', async () => {
    const { db, router } = await setup();
    const refused = await router({ type: 'catalogueView' }, acme);
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('catalogueView') });
    const reply = (await router({ type: 'catalogueView' }, page)) as {
      ok: true;
      data: {
        objectives: { id: string }[];
        themes: { id: string }[];
        targets: { id: string }[];
        measurements: { id: string }[];
        staleAfterDays: number;
        objectivesWithWork: string[];
      };
    };
    expect(reply.ok).toBe(true);
    const ids = (records: { id: string }[]) => records.map((record) => record.id).sort();
    expect(ids(reply.data.objectives)).toEqual((await db.objectives.toCollection().primaryKeys()).sort());
    expect(ids(reply.data.themes)).toEqual((await db.themes.toCollection().primaryKeys()).sort());
    expect(ids(reply.data.targets)).toEqual((await db.benefitTargets.toCollection().primaryKeys()).sort());
    expect(ids(reply.data.measurements)).toEqual((await db.measurements.toCollection().primaryKeys()).sort());
    expect(reply.data.objectives.length).toBeGreaterThan(0);
    expect(reply.data.staleAfterDays).toBe(
      ((await router({ type: 'getSettings' }, page)) as { data: { staleAfterDays: number } }).data.staleAfterDays,
    );
    expect(reply.data.objectivesWithWork).toEqual(
      ((await router({ type: 'objectivesWithWork' }, page)) as { data: { objectiveIds: string[] } }).data.objectiveIds,
    );
    expect(reply.data.objectivesWithWork).toContain('ob-grow-2');
  });

  it('lets extension pages restore links of any site, checked against the catalogue', async () => {
    const { router } = await setup();
    const dangling = {
      id: 'ln-x',
      itemId: 'jira:globex.atlassian.net:OPS-1',
      objectiveId: 'ob-gone',
      createdAt: NOW.toISOString(),
    };
    expect(await router({ type: 'restoreLinks', links: [dangling] }, page)).toEqual({
      ok: false,
      error: expect.stringMatching(/deleted objectives: "ob-gone"/),
    });
    expect(await router({ type: 'restoreLinks', links: [{ ...dangling, objectiveId: 'ob-grow-1' }] }, page)).toEqual({
      ok: true,
      data: { restored: 1 },
    });
  });
});
