import { describe, expect, it } from 'vitest';
import { linkItem } from '../../../lib/db/links';
import { exportPack, importPack, packFileText, previewImport } from '../../../lib/db/pack-io';
import { UserError } from '../../../lib/messages/user-error';
import type { Pack } from '../../../lib/model/pack';
import { freshDatabase, NOW, parsed, seededDatabase, smallPackInput } from './test-database';

const unchanged = (count: number) => ({ added: 0, updated: 0, removed: 0, unchanged: count });

/** The small pack with GROW-1 retitled, a new theme, and the rule gone. */
function editedPack(): Pack {
  const input = smallPackInput();
  input.objectives[0]!.title = 'Win two new markets';
  input.themes.push({ id: 'th-ops', name: 'Operations' });
  input.rules = [];
  return parsed(input);
}

describe('exportPack', () => {
  it('gives back the imported pack, canonical, with a new export time', async () => {
    const db = await seededDatabase();
    const exported = await exportPack(db, new Date('2027-01-01T00:00:00Z'));
    expect(exported).toEqual({ ...parsed(smallPackInput()), exportedAt: '2027-01-01T00:00:00.000Z' });
    expect(Object.keys(exported.objectives[1]!)).toEqual(['id', 'code', 'title', 'themeId', 'parentId', 'status']);
  });

  it('sorts records by id, orders keys as the schema does, and omits absent fields and layers', async () => {
    const db = freshDatabase();
    await db.themes.bulkAdd([
      { name: 'B', id: 'th-b', description: undefined },
      { color: '#000000', layer: 'sub-1', id: 'th-a', name: 'A' },
    ]);
    const pack = await exportPack(db, NOW);
    expect(pack.name).toBe('Throughline strategy');
    expect(packFileText(pack)).toContain(
      '"themes": [\n    {\n      "id": "th-a",\n      "name": "A",\n      "color": "#000000"\n    },\n    {\n      "id": "th-b",\n      "name": "B"\n    }\n  ]',
    );
    expect(pack.themes[1]).not.toHaveProperty('description');
    expect(pack.themes[0]).not.toHaveProperty('layer');
  });
});

describe('previewImport', () => {
  it('counts what a replace and a merge would change, and changes nothing', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    const replace = await previewImport(db, editedPack(), 'replace');
    expect(replace).toMatchObject({
      name: 'Test strategy',
      mode: 'replace',
      changes: {
        themes: { added: 1, updated: 0, removed: 0, unchanged: 1 },
        objectives: { added: 0, updated: 1, removed: 0, unchanged: 1 },
        benefitTargets: unchanged(1),
        measurements: unchanged(2),
        links: unchanged(1),
        rules: { added: 0, updated: 0, removed: 1, unchanged: 0 },
        exclusions: unchanged(0),
      },
    });
    expect(replace.records?.objectives.updated).toEqual([
      { id: 'ob-grow-1', label: 'GROW-1 · Win two new markets', fields: ['title'] },
    ]);
    expect(replace.records?.themes.added).toEqual([{ id: 'th-ops', label: 'Operations' }]);
    expect(replace.records?.rules.removed).toEqual([{ id: 'ru-1', label: 'label expansion' }]);
    const merge = await previewImport(db, editedPack(), 'merge');
    expect(merge.changes.rules).toEqual(unchanged(0));
    expect(merge.changes.themes).toEqual(replace.changes.themes);
    expect(await exportPack(db, NOW)).toEqual(before);
  });
});

describe('importPack', () => {
  it('replace makes the catalogue exactly the pack', async () => {
    const db = await seededDatabase();
    await linkItem(db, { itemId: 'jira:acme.atlassian.net:PAY-7', objectiveId: 'ob-grow-1' }, NOW);
    const summary = await importPack(db, editedPack(), 'replace');
    expect(summary.changes.links).toEqual({ added: 0, updated: 0, removed: 1, unchanged: 1 });
    expect(await exportPack(db, NOW)).toEqual(editedPack());
  });

  it('merge updates by id and keeps what the pack does not mention, and the stored name', async () => {
    const db = await seededDatabase();
    const other = parsed({
      ...smallPackInput(),
      name: 'Other strategy',
      themes: [],
      objectives: [{ id: 'ob-ops-1', code: 'OPS-1', title: 'Run lean', status: 'draft' }],
      benefitTargets: [],
      measurements: [],
      links: [],
      rules: [],
    });
    const summary = await importPack(db, other, 'merge');
    expect(summary.changes.objectives).toEqual({ added: 1, updated: 0, removed: 0, unchanged: 0 });
    const exported = await exportPack(db, NOW);
    expect(exported.name).toBe('Test strategy');
    expect(exported.objectives.map((o) => o.code)).toEqual(['GROW-1', 'GROW-2', 'OPS-1']);
    expect(exported.rules).toHaveLength(1);
  });

  it('merge lets two stored objectives swap codes', async () => {
    const db = await seededDatabase();
    const input = smallPackInput();
    input.objectives[0]!.code = 'GROW-2';
    input.objectives[1]!.code = 'GROW-1';
    await importPack(db, parsed(input), 'merge');
    expect((await db.objectives.get('ob-grow-1'))?.code).toBe('GROW-2');
  });

  it('refuses a merge that clashes with stored records, naming where, and changes nothing', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    const clash = parsed({
      ...smallPackInput(),
      themes: [{ id: 'th-new', name: 'New' }],
      objectives: [
        { id: 'ob-other', code: 'grow-1', title: 'Another', status: 'draft' },
        { id: 'ob-grow-2', code: 'GROW-2', title: 'Increase self-serve revenue', status: 'at-risk' },
      ],
      benefitTargets: [],
      measurements: [],
      links: [
        {
          id: 'ln-2',
          itemId: 'jira:acme.atlassian.net:PAY-42',
          objectiveId: 'ob-grow-2',
          createdAt: '2026-11-02T09:00:00.000Z',
        },
      ],
      rules: [],
    });
    const failure = importPack(db, clash, 'merge');
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(
      [
        'The pack cannot be merged into the stored strategy:',
        'stored objectives "ob-grow-1".code: code "GROW-1" is already used by objectives[0]',
        'stored links "ln-1": jira:acme.atlassian.net:PAY-42 is already linked to objective "ob-grow-2"',
      ].join('\n'),
    );
    await expect(previewImport(db, clash, 'merge')).rejects.toThrow(/already used by objectives\[0\]/);
    expect(await exportPack(db, NOW)).toEqual(before);
    expect(await db.themes.get('th-new')).toBeUndefined();
  });

  it('leaves everything as it was when a replace fails halfway', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    const broken = editedPack();
    // A pack that skipped validation: the second link repeats the first pair, which the unique index refuses.
    broken.links.push({ ...broken.links[0]!, id: 'ln-dup' });
    await expect(importPack(db, broken, 'replace')).rejects.toThrow();
    expect(await exportPack(db, NOW)).toEqual(before);
  });

  it('checks a pack built without parsing (as the CSV import builds one) even where nothing is stored beside it', async () => {
    const db = freshDatabase();
    const built: Pack = {
      ...parsed(smallPackInput()),
      themes: [],
      objectives: [],
      benefitTargets: [],
      measurements: [],
      rules: [],
      exclusions: [],
    };
    await expect(previewImport(db, built, 'merge')).rejects.toThrow(/links\[0\]\.objectiveId/);
    await expect(importPack(db, built, 'merge')).rejects.toThrow(/links\[0\]\.objectiveId/);
    expect(await db.links.count()).toBe(0);
  });

  it('imports into an empty database and names it after the pack', async () => {
    const db = freshDatabase();
    const summary = await importPack(db, parsed(smallPackInput()), 'merge');
    expect(summary.changes.measurements).toEqual({ added: 2, updated: 0, removed: 0, unchanged: 0 });
    expect((await exportPack(db, NOW)).name).toBe('Test strategy');
  });
});
