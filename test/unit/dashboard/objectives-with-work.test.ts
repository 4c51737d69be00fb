import { describe, expect, it } from 'vitest';
import { readObjectivesWithWork, readWorkState } from '../../../lib/dashboard/work-state';
import { linkItem, unlinkItem } from '../../../lib/db/links';
import { warmAnnotations } from '../../../lib/db/snapshot-cache';
import { backgroundOf, NOW, seededDatabase } from '../db/test-database';

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe('the objectives with work, on their own', () => {
  it('are those of the whole work state, given again while nothing changed, and follow each change', async () => {
    const db = await seededDatabase();
    const deps = backgroundOf(db);
    await warmAnnotations(db);
    const first = await readObjectivesWithWork(deps, NOW);
    expect(sorted(first)).toEqual(sorted((await readWorkState(deps, NOW)).withWork));
    expect(await readObjectivesWithWork(deps, NOW)).toBe(first);

    await linkItem(db, { itemId: 'jira:acme.atlassian.net:PAY-7', objectiveId: 'ob-grow-1' }, NOW);
    await warmAnnotations(db);
    const linked = await readObjectivesWithWork(deps, NOW);
    expect([...linked]).toContain('ob-grow-1');
    expect(sorted(linked)).toEqual(sorted((await readWorkState(deps, NOW)).withWork));

    await unlinkItem(db, 'jira:acme.atlassian.net:PAY-7', 'ob-grow-1');
    await warmAnnotations(db);
    expect(sorted(await readObjectivesWithWork(deps, NOW))).toEqual(sorted(first));
  });
});
