import { describe, expect, it } from 'vitest';
import { linkItem, linkMany, removeLinks, restoreLinks, unlinkItem } from '../../../lib/db/links';
import { UserError } from '../../../lib/messages/user-error';
import { NOW, seededDatabase } from './test-database';

const PAY_7 = 'jira:acme.atlassian.net:PAY-7';

describe('linkItem', () => {
  it('creates a link with a fresh id and the time it was made', async () => {
    const db = await seededDatabase();
    const { link, created } = await linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1', createdBy: 'Ann' }, NOW);
    expect(created).toBe(true);
    expect(link).toEqual({
      id: expect.stringMatching(/^ln-[0-9a-f-]{36}$/),
      itemId: PAY_7,
      objectiveId: 'ob-grow-1',
      createdAt: NOW.toISOString(),
      createdBy: 'Ann',
    });
    expect(await db.links.get(link.id)).toEqual(link);
  });

  it('is idempotent, and takes a target or note given again', async () => {
    const db = await seededDatabase();
    const first = await linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-2', targetId: undefined }, NOW);
    const again = await linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-2' }, NOW);
    expect(again).toEqual({ link: first.link, created: false, unexcluded: null });
    const updated = await linkItem(
      db,
      { itemId: PAY_7, objectiveId: 'ob-grow-2', targetId: 'bt-ssr', note: 'why' },
      NOW,
    );
    expect(updated).toEqual({
      link: { ...first.link, targetId: 'bt-ssr', note: 'why' },
      created: false,
      unexcluded: null,
    });
    expect(await db.links.where('itemId').equals(PAY_7).toArray()).toEqual([updated.link]);
  });

  it('stores the canonical id of an item given in another spelling', async () => {
    const db = await seededDatabase();
    const { link } = await linkItem(
      db,
      { itemId: 'azure-devops:Contoso.visualstudio.com:12', objectiveId: 'ob-grow-1' },
      NOW,
    );
    expect(link.itemId).toBe('azure-devops:dev.azure.com/contoso:12');
  });

  it('refuses an unknown objective, and a target of another objective, with readable errors', async () => {
    const db = await seededDatabase();
    await expect(linkItem(db, { itemId: PAY_7, objectiveId: 'ob-nope' }, NOW)).rejects.toThrow(
      new UserError('There is no objective "ob-nope" to link to; it may have been deleted.'),
    );
    await expect(linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1', targetId: 'bt-ssr' }, NOW)).rejects.toThrow(
      /Self-serve revenue.*another objective than GROW-1/,
    );
    await expect(linkItem(db, { itemId: 'jira:acme:pay', objectiveId: 'ob-grow-1' }, NOW)).rejects.toBeInstanceOf(
      UserError,
    );
    expect(await db.links.count()).toBe(1);
  });
});

describe('unlinkItem', () => {
  it('removes and answers the link, or null when there was none', async () => {
    const db = await seededDatabase();
    const removed = await unlinkItem(db, 'jira:acme.atlassian.net:PAY-42', 'ob-grow-2');
    expect(removed?.id).toBe('ln-1');
    expect(await db.links.count()).toBe(0);
    expect(await unlinkItem(db, 'jira:acme.atlassian.net:PAY-42', 'ob-grow-2')).toBeNull();
  });
});

describe('linkMany, removeLinks and restoreLinks', () => {
  it('links many items, answering only the links it created', async () => {
    const db = await seededDatabase();
    const ids = ['jira:acme.atlassian.net:PAY-42', PAY_7, 'jira:acme.atlassian.net:PAY-8', PAY_7];
    const { created } = await linkMany(db, ids, 'ob-grow-2', 'bt-ssr', NOW);
    expect(created.map((link) => link.itemId).sort()).toEqual([PAY_7, 'jira:acme.atlassian.net:PAY-8']);
    expect(created.every((link) => link.targetId === 'bt-ssr' && link.createdAt === NOW.toISOString())).toBe(true);
    expect(await db.links.where('objectiveId').equals('ob-grow-2').count()).toBe(3);
  });

  it('creates nothing when the objective is unknown', async () => {
    const db = await seededDatabase();
    await expect(linkMany(db, [PAY_7], 'ob-nope', undefined, NOW)).rejects.toBeInstanceOf(UserError);
    expect(await db.links.count()).toBe(1);
  });

  it('undoes a bulk link with removeLinks, skipping ids already gone', async () => {
    const db = await seededDatabase();
    const { created } = await linkMany(db, [PAY_7, 'jira:acme.atlassian.net:PAY-8'], 'ob-grow-1', undefined, NOW);
    const removed = await removeLinks(db, [...created.map((link) => link.id), 'ln-gone']);
    expect(removed).toEqual(created);
    expect((await db.links.toArray()).map((link) => link.id)).toEqual(['ln-1']);
  });

  it('restores unlinked links, skipping pairs linked again meanwhile', async () => {
    const db = await seededDatabase();
    const a = (await linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1' }, NOW)).link;
    const b = (await unlinkItem(db, 'jira:acme.atlassian.net:PAY-42', 'ob-grow-2'))!;
    await unlinkItem(db, PAY_7, 'ob-grow-1');
    const relinked = (await linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1' }, NOW)).link;
    expect(await restoreLinks(db, [a, b])).toBe(1);
    expect(await db.links.get(b.id)).toEqual(b);
    expect(await db.links.where('itemId').equals(PAY_7).toArray()).toEqual([relinked]);
  });

  it('refuses to restore links to a deleted objective, and drops a deleted target', async () => {
    const db = await seededDatabase();
    const link = (await db.links.get('ln-1'))!;
    await db.links.clear();
    await expect(restoreLinks(db, [{ ...link, objectiveId: 'ob-gone' }])).rejects.toThrow(
      /deleted objectives: "ob-gone"/,
    );
    await db.benefitTargets.delete('bt-ssr');
    expect(await restoreLinks(db, [link])).toBe(1);
    const { targetId: _, ...withoutTarget } = link;
    expect(await db.links.get('ln-1')).toEqual(withoutTarget);
  });
});
