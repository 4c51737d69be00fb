import { describe, expect, it } from 'vitest';
import { emptyCatalogue } from '../../../lib/db/catalogue';
import { linkItem } from '../../../lib/db/links';
import { deleteObjective, saveObjective } from '../../../lib/db/objectives';
import { exportPack } from '../../../lib/db/pack-io';
import { restoreRemoved } from '../../../lib/db/removed';
import { deleteTheme } from '../../../lib/db/themes';
import { NOW, seededDatabase } from './test-database';

describe('undoing a delete', () => {
  it('keeps an edit made after the delete instead of reverting it', async () => {
    const db = await seededDatabase();
    const removed = await deleteTheme(db, 'th-growth');
    const grow1 = await db.objectives.get('ob-grow-1');
    await saveObjective(db, { ...grow1!, title: 'Edited after the delete' });
    await restoreRemoved(db, removed);
    expect(await db.objectives.get('ob-grow-1')).toMatchObject({ title: 'Edited after the delete', themeId: null });
    expect(await db.objectives.get('ob-grow-2')).toMatchObject({ themeId: 'th-growth' });
  });

  it('refuses what would dangle or loop, changing nothing', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    const dangling = {
      ...emptyCatalogue(),
      benefitTargets: [{ ...before.benefitTargets[0]!, id: 'bt-new', objectiveId: 'ob-gone' }],
    };
    await expect(restoreRemoved(db, dangling)).rejects.toThrow(
      /benefitTargets "bt-new"\.objectiveId: refers to objective "ob-gone"/,
    );
    const loop = {
      ...emptyCatalogue(),
      objectives: [{ id: 'ob-loop', code: 'LOOP-1', title: 'Loop', status: 'active' as const, parentId: 'ob-loop' }],
    };
    await expect(restoreRemoved(db, loop)).rejects.toThrow(/its own ancestor/);
    const linkToNothing = {
      ...emptyCatalogue(),
      links: [
        { id: 'ln-x', itemId: 'jira:acme.atlassian.net:PAY-1', objectiveId: 'ob-gone', createdAt: NOW.toISOString() },
      ],
    };
    await expect(restoreRemoved(db, linkToNothing)).rejects.toThrow(/links "ln-x"\.objectiveId/);
    expect(await exportPack(db, NOW)).toEqual(before);
  });

  it('puts back exactly what a delete took, so the export is accepted by its own import again', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    await linkItem(db, { itemId: 'jira:acme.atlassian.net:PAY-5', objectiveId: 'ob-grow-1' }, NOW);
    const withLink = await exportPack(db, NOW);
    const removed = await deleteObjective(db, 'ob-grow-1');
    expect(before.objectives.length).toBe(2);
    await restoreRemoved(db, removed);
    expect(await exportPack(db, NOW)).toEqual(withLink);
  });
});
