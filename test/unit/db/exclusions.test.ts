import { describe, expect, it } from 'vitest';
import { excludeItem, removeExclusion, restoreExclusions } from '../../../lib/db/exclusions';
import { linkItem, linkMany } from '../../../lib/db/links';
import { NOW, seededDatabase } from './test-database';

const PAY_42 = 'jira:acme.atlassian.net:PAY-42';
const PAY_7 = 'jira:acme.atlassian.net:PAY-7';

describe('exclusions', () => {
  it('excludes an item, removing its link for undo, and answers the first exclusion again', async () => {
    const db = await seededDatabase();
    const first = await excludeItem(db, { itemId: PAY_42, objectiveId: 'ob-grow-2', note: 'not checkout' }, NOW);
    expect(first).toMatchObject({ created: true, removedLink: { id: 'ln-1', itemId: PAY_42 } });
    expect(await db.links.count()).toBe(0);
    const again = await excludeItem(db, { itemId: PAY_42, objectiveId: 'ob-grow-2' }, NOW);
    expect(again).toEqual({ exclusion: first.exclusion, created: false, removedLink: null });
    await expect(excludeItem(db, { itemId: PAY_42, objectiveId: 'ob-nope' }, NOW)).rejects.toThrow('no objective');
  });

  it('lifts an exclusion when the pair is linked, one at a time or in bulk, answering it for undo', async () => {
    const db = await seededDatabase();
    const { exclusion } = await excludeItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1' }, NOW);
    expect((await linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1' }, NOW)).unexcluded).toEqual(exclusion);
    expect(await db.exclusions.count()).toBe(0);
    const { exclusion: other } = await excludeItem(db, { itemId: PAY_42, objectiveId: 'ob-grow-1' }, NOW);
    expect((await linkMany(db, [PAY_42], 'ob-grow-1', undefined, NOW)).unexcluded).toEqual([other]);
  });

  it('puts lifted exclusions back unless the pair was linked or excluded again meanwhile', async () => {
    const db = await seededDatabase();
    const { exclusion } = await excludeItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1' }, NOW);
    const lifted = (await removeExclusion(db, PAY_7, 'ob-grow-1'))!;
    expect(lifted).toEqual(exclusion);
    expect(await restoreExclusions(db, [lifted, lifted])).toBe(1);
    await removeExclusion(db, PAY_7, 'ob-grow-1');
    await linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1' }, NOW);
    expect(await restoreExclusions(db, [lifted])).toBe(0);
    expect(await restoreExclusions(db, [{ ...lifted, objectiveId: 'ob-gone' }])).toBe(0);
  });

  it("leaves a subscribed pack's exclusions and links alone: read-only, and a link of the user's own wins", async () => {
    const db = await seededDatabase();
    const packed = {
      id: 'ex-pack',
      itemId: PAY_7,
      objectiveId: 'ob-grow-1',
      createdAt: NOW.toISOString(),
      layer: 'sub-1',
    };
    await db.exclusions.add(packed);
    await expect(removeExclusion(db, PAY_7, 'ob-grow-1')).rejects.toThrow('comes from a subscribed pack');
    const linked = await linkItem(db, { itemId: PAY_7, objectiveId: 'ob-grow-1' }, NOW);
    expect(linked.unexcluded).toBeNull();
    expect(await db.exclusions.get('ex-pack')).toEqual(packed);
    await db.links.update('ln-1', { layer: 'sub-1' });
    await expect(excludeItem(db, { itemId: PAY_42, objectiveId: 'ob-grow-2' }, NOW)).rejects.toThrow(
      'comes from a subscribed pack, so it cannot be excluded here',
    );
  });
});
