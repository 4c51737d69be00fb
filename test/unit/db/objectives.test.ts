import { describe, expect, it } from 'vitest';
import { deleteObjective, listPickerObjectives, saveObjective } from '../../../lib/db/objectives';
import { exportPack } from '../../../lib/db/pack-io';
import { restoreRemoved } from '../../../lib/db/removed';
import { NOW, seededDatabase } from './test-database';

const objective = { id: 'ob-cx-1', code: 'CX-1', title: 'Delight customers', status: 'draft' as const };

describe('saveObjective', () => {
  it('adds and updates an objective, storing what the schema produced', async () => {
    const db = await seededDatabase();
    await saveObjective(db, { ...objective, title: '  Delight customers  ', owner: undefined });
    expect(await db.objectives.get('ob-cx-1')).toEqual(objective);
    await saveObjective(db, { ...objective, code: 'cx-1', status: 'active' });
    expect(await db.objectives.get('ob-cx-1')).toEqual({ ...objective, code: 'cx-1', status: 'active' });
  });

  it('refuses a code used by another objective, whatever its case', async () => {
    const db = await seededDatabase();
    const clash = '"grow-2" is already used by objective "Increase self-serve revenue"';
    await expect(saveObjective(db, { ...objective, code: 'grow-2' })).rejects.toMatchObject({
      message: `Cannot save objective grow-2: code: ${clash}`,
      detail: { problems: [{ path: 'code', message: clash }] },
    });
    expect(await db.objectives.get('ob-cx-1')).toBeUndefined();
  });

  it('names the field of a schema problem', async () => {
    const db = await seededDatabase();
    await expect(saveObjective(db, { ...objective, code: 'CX 1' })).rejects.toThrow(
      /^Cannot save objective CX 1: code: must be 1–24/,
    );
    await expect(saveObjective(db, { ...objective, url: 'javascript:alert(1)' })).rejects.toThrow(
      /url: must be an http/,
    );
  });

  it('refuses a theme or parent that does not exist, and a parent cycle', async () => {
    const db = await seededDatabase();
    await expect(saveObjective(db, { ...objective, themeId: 'th-nope' })).rejects.toThrow(
      /themeId: refers to theme "th-nope", which does not exist/,
    );
    await expect(saveObjective(db, { ...objective, parentId: 'ob-nope' })).rejects.toThrow(
      /parentId: refers to objective/,
    );
    await expect(saveObjective(db, { ...objective, parentId: 'ob-cx-1' })).rejects.toThrow(/its own ancestor/);
    // GROW-2's parent is GROW-1; making GROW-1 a child of GROW-2 closes a loop.
    const grow1 = (await db.objectives.get('ob-grow-1'))!;
    await expect(saveObjective(db, { ...grow1, parentId: 'ob-grow-2' })).rejects.toThrow(
      'parentId: makes the objective its own ancestor',
    );
    expect((await db.objectives.get('ob-grow-1'))?.parentId).toBeNull();
  });
});

describe('deleteObjective', () => {
  it('removes targets, check-ins, links and rules, frees children, and undoes exactly', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    const removed = await deleteObjective(db, 'ob-grow-1');
    expect(removed.objectives.map((o) => o.id)).toEqual(['ob-grow-1', 'ob-grow-2']);
    expect(removed.rules.map((r) => r.id)).toEqual(['ru-1']);
    expect(await db.objectives.get('ob-grow-2')).toMatchObject({ parentId: null });
    expect(await db.rules.count()).toBe(0);

    const grow2 = await deleteObjective(db, 'ob-grow-2');
    expect(grow2.benefitTargets.map((t) => t.id)).toEqual(['bt-ssr']);
    expect(grow2.measurements.map((m) => m.id).sort()).toEqual(['ms-1', 'ms-2']);
    expect(grow2.links.map((l) => l.id)).toEqual(['ln-1']);
    expect(await db.measurements.count()).toBe(0);
    expect(await db.links.count()).toBe(0);

    await restoreRemoved(db, grow2);
    await restoreRemoved(db, removed);
    expect(await exportPack(db, NOW)).toEqual(before);
  });

  it('removes nothing for an unknown id', async () => {
    const db = await seededDatabase();
    expect(Object.values(await deleteObjective(db, 'ob-nope')).flat()).toEqual([]);
  });

  it('refuses to undo when the code was taken meanwhile', async () => {
    const db = await seededDatabase();
    const removed = await deleteObjective(db, 'ob-grow-2');
    await saveObjective(db, { ...objective, code: 'Grow-2' });
    await expect(restoreRemoved(db, removed)).rejects.toThrow(/code "GROW-2" is now used by "Delight customers"/);
    expect(await db.objectives.get('ob-grow-2')).toBeUndefined();
  });
});

describe('listPickerObjectives', () => {
  it('lists objectives by code, numbers in order, with theme and targets', async () => {
    const db = await seededDatabase();
    await saveObjective(db, { ...objective, id: 'ob-grow-10', code: 'GROW-10', archived: true });
    await saveObjective(db, { ...objective, id: 'ob-a', code: 'a-1' });
    const picker = await listPickerObjectives(db);
    expect(picker.map((o) => o.code)).toEqual(['a-1', 'GROW-1', 'GROW-2', 'GROW-10']);
    expect(picker[2]).toEqual({
      id: 'ob-grow-2',
      code: 'GROW-2',
      title: 'Increase self-serve revenue',
      status: 'at-risk',
      archived: false,
      themeName: 'Growth',
      themeColor: '#1f6feb',
      targets: [{ id: 'bt-ssr', name: 'Self-serve revenue' }],
    });
    expect(picker[3]).toMatchObject({ archived: true, targets: [] });
    expect(picker[0]).not.toHaveProperty('themeName');
  });
});
