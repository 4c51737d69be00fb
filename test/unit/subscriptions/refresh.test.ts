import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../lib/db/backups';
import { undoUnsubscribe, unsubscribe } from '../../../lib/db/layers';
import { linkItem } from '../../../lib/db/links';
import { saveMeasurement } from '../../../lib/db/measurements';
import { exportPack } from '../../../lib/db/pack-io';
import type { PackInput } from '../../../lib/model/pack';
import { refreshAll, refreshSubscription, subscribe } from '../../../lib/subscriptions/refresh';
import { freshDatabase, NOW, smallPackInput } from '../db/test-database';
import { packBody, packServer } from './pack-server';

const URL_ = 'https://packs.example.test/acme.json';
const LATER = new Date('2026-11-24T11:00:00.000Z');
const USER_ITEM = 'jira:acme.atlassian.net:PAY-7';

function edited(change: (pack: PackInput) => void): PackInput {
  const pack = smallPackInput();
  change(pack);
  return pack;
}

async function subscribed() {
  const db = freshDatabase();
  const server = packServer({ body: packBody(smallPackInput()), headers: { etag: '"v1"' } });
  const { subscription } = await subscribe(db, URL_, NOW, server.fetch);
  return { db, server, id: subscription.id };
}

describe('a subscription', () => {
  it('brings its pack in as a read-only layer, with where it came from and when', async () => {
    const { db, id } = await subscribed();
    const subscription = await db.subscriptions.get(id);
    expect(subscription).toMatchObject({
      url: URL_,
      name: 'Test strategy',
      etag: '"v1"',
      state: 'ok',
      lastChecked: NOW.toISOString(),
      lastChanged: NOW.toISOString(),
      records: 8,
    });
    expect((await db.objectives.toArray()).map((objective) => objective.layer)).toEqual([id, id]);
    expect((await exportPack(db, NOW)).objectives.map((objective) => objective.code)).toEqual(['GROW-1', 'GROW-2']);
  });

  it('refuses an address that is not https, and a second subscription to the same one', async () => {
    const { db, server } = await subscribed();
    await expect(subscribe(db, 'http://packs.example.test/a.json', NOW, server.fetch)).rejects.toThrow(/https:\/\//);
    await expect(subscribe(db, URL_, NOW, server.fetch)).rejects.toThrow(/already subscribe/);
  });

  it('changes nothing on a 304, and takes a new version with a new ETag', async () => {
    const { db, server, id } = await subscribed();
    const before = await exportPack(db, NOW);
    const unchanged = await refreshSubscription(db, id, LATER, server.fetch);
    expect(unchanged.changed).toBe(false);
    expect(server.requests.at(-1)?.headers['If-None-Match']).toBe('"v1"');
    expect(await exportPack(db, NOW)).toEqual(before);
    expect(unchanged.subscription).toMatchObject({ lastChecked: LATER.toISOString(), lastChanged: NOW.toISOString() });

    server.serve({
      body: packBody(edited((pack) => (pack.objectives[0]!.title = 'Win three new markets'))),
      headers: { etag: '"v2"' },
    });
    const changed = await refreshSubscription(db, id, LATER, server.fetch);
    expect(changed).toMatchObject({ changed: true, subscription: { etag: '"v2"', lastChanged: LATER.toISOString() } });
    expect((await db.objectives.get('ob-grow-1'))?.title).toBe('Win three new markets');
  });

  it('keeps the user’s own link and check-in through every refresh, and the last good data through a failure', async () => {
    const { db, server, id } = await subscribed();
    await linkItem(db, { itemId: USER_ITEM, objectiveId: 'ob-grow-2' }, NOW);
    await saveMeasurement(db, { id: 'ms-mine', targetId: 'bt-ssr', value: 1_300_000, at: '2026-11-20' });
    for (const served of [
      { status: 500 },
      { body: 'not json' },
      { body: '<html>login</html>', headers: { 'content-type': 'text/html' } },
      { status: 404 },
    ]) {
      server.serve(served);
      const result = await refreshSubscription(db, id, LATER, server.fetch);
      expect(result.subscription.state).toBe('failed');
      expect(result.subscription.error).toBeTruthy();
      expect(await db.objectives.count()).toBe(2);
    }
    server.serve({ body: packBody(edited((pack) => pack.links.pop())), headers: { etag: '"v3"' } });
    const result = await refreshSubscription(db, id, LATER, server.fetch);
    expect(result.subscription).toMatchObject({ state: 'ok' });
    expect(result.subscription.error).toBeUndefined();
    const links = await db.links.toArray();
    expect(links.map((link) => [link.itemId, link.layer])).toEqual([[USER_ITEM, undefined]]);
    expect((await db.measurements.get('ms-mine'))?.layer).toBeUndefined();
  });

  it('refuses a version that drops an objective the user linked work to, saying what to fix, and keeps the last good one', async () => {
    const { db, server, id } = await subscribed();
    await linkItem(db, { itemId: USER_ITEM, objectiveId: 'ob-grow-1' }, NOW);
    server.serve({
      body: packBody(
        edited((pack) => {
          pack.objectives = pack.objectives.filter((objective) => objective.id !== 'ob-grow-1');
          pack.objectives[0]!.parentId = null;
          pack.rules = [];
        }),
      ),
      headers: { etag: '"v4"' },
    });
    const result = await refreshSubscription(db, id, LATER, server.fetch);
    expect(result.subscription.state).toBe('failed');
    expect(result.subscription.error).toMatch(/your own links ".+"\.objectiveId: refers to objective "ob-grow-1"/);
    expect(result.subscription.etag).toBeUndefined();
    expect(await db.objectives.get('ob-grow-1')).toBeDefined();
  });

  it('refreshes every subscription, one failing not stopping the others', async () => {
    const { db, server } = await subscribed();
    const other = packServer({ status: 500 });
    await subscribe(db, 'https://other.example.test/pack.json', NOW, other.fetch);
    const results = await refreshAll(db, () => LATER, ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).startsWith('https://other')
        ? other.fetch(input, init)
        : server.fetch(input, init)) as typeof fetch);
    expect(results.map((result) => result.subscription.state).sort()).toEqual(['failed', 'ok']);
  });

  it('unsubscribes after a backup, taking the user’s records that needed it along, and undoes exactly', async () => {
    const { db, id } = await subscribed();
    const { link } = await linkItem(db, { itemId: USER_ITEM, objectiveId: 'ob-grow-2', targetId: 'bt-ssr' }, NOW);
    await linkItem(db, { itemId: 'jira:acme.atlassian.net:PAY-8', objectiveId: 'ob-grow-1' }, NOW);
    const before = await exportPack(db, NOW);
    const result = await unsubscribe(db, id, LATER);
    expect(result.records).toBe(8);
    expect(result.dependents.links.map((entry) => entry.itemId).sort()).toEqual([
      USER_ITEM,
      'jira:acme.atlassian.net:PAY-8',
    ]);
    expect(await db.objectives.count()).toBe(0);
    expect(await db.links.count()).toBe(0);
    expect(await db.subscriptions.count()).toBe(0);
    expect((await listBackups(db)).map((backup) => backup.reason)).toEqual(['before-unsubscribe']);

    await undoUnsubscribe(db, result.backupId, id, result.dependents);
    expect(await exportPack(db, NOW)).toEqual(before);
    expect((await db.links.get(link.id))?.layer).toBeUndefined();
    expect((await db.subscriptions.get(id))?.url).toBe(URL_);
  });
});
