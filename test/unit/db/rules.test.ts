import { describe, expect, it } from 'vitest';
import { exportPack } from '../../../lib/db/pack-io';
import { restoreRemoved } from '../../../lib/db/removed';
import { deleteRule, saveRule } from '../../../lib/db/rules';
import type { Rule } from '../../../lib/model/rule';
import { NOW, seededDatabase } from './test-database';

describe('rules', () => {
  const rule: Rule = {
    id: 'ru-2',
    objectiveId: 'ob-grow-2',
    targetId: 'bt-ssr',
    tracker: 'azure-devops',
    match: { kind: 'area-path', value: 'Contoso\\Platform' },
    enabled: true,
  };

  it('saves a rule whose objective and target hold together', async () => {
    const db = await seededDatabase();
    expect(await saveRule(db, rule)).toEqual(rule);
    await expect(saveRule(db, { ...rule, objectiveId: 'ob-grow-1' })).rejects.toThrow(
      'targetId: benefit target "bt-ssr" belongs to another objective',
    );
    await expect(saveRule(db, { ...rule, objectiveId: 'ob-nope' })).rejects.toThrow('objectiveId: refers to objective');
    await expect(saveRule(db, { ...rule, tracker: 'jira' })).rejects.toThrow(
      'match.kind: a "area-path" rule does not apply to jira',
    );
    await expect(saveRule(db, { ...rule, match: { kind: 'key-pattern', value: '([' } })).rejects.toThrow(
      'match.value: is not a usable key pattern: unclosed "[" at position 2',
    );
  });

  it('refuses a second rule matching the same work for the same objective, but saves the first again', async () => {
    const db = await seededDatabase();
    const first = {
      id: 'ru-a',
      objectiveId: 'ob-grow-2',
      tracker: 'jira' as const,
      match: { kind: 'label' as const, value: 'pci' },
      enabled: true,
    };
    await saveRule(db, first);
    await expect(saveRule(db, { ...first, id: 'ru-b', match: { kind: 'label', value: 'PCI' } })).rejects.toThrow(
      'match.value: another rule already matches this work for this objective',
    );
    expect(await saveRule(db, { ...first, enabled: false })).toMatchObject({ id: 'ru-a', enabled: false });
    expect(await saveRule(db, { ...first, id: 'ru-c', objectiveId: 'ob-grow-1' })).toMatchObject({ id: 'ru-c' });
  });

  it('deletes a rule and undoes it', async () => {
    const db = await seededDatabase();
    const before = await exportPack(db, NOW);
    const removed = await deleteRule(db, 'ru-1');
    expect(await db.rules.count()).toBe(0);
    await restoreRemoved(db, removed);
    expect(await exportPack(db, NOW)).toEqual(before);
  });
});
