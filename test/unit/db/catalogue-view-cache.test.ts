import { describe, expect, it } from 'vitest';
import { readCatalogueView } from '../../../lib/db/catalogue';
import { cachedCatalogueView } from '../../../lib/db/catalogue-view-cache';
import { linkItem } from '../../../lib/db/links';
import { saveMeasurement } from '../../../lib/db/measurements';
import { saveObjective } from '../../../lib/db/objectives';
import { NOW, seededDatabase } from './test-database';

describe('the catalogue view kept in the background', () => {
  it('answers as the database does, and again from memory', async () => {
    const db = await seededDatabase();
    const first = cachedCatalogueView(db);
    expect(await first).toEqual(await readCatalogueView(db));
    expect(cachedCatalogueView(db)).toBe(first);
  });

  it('reads again once an objective or a check-in changes, and never answers from before the change', async () => {
    const db = await seededDatabase();
    const before = await cachedCatalogueView(db);
    const objective = before.objectives.find((candidate) => candidate.id === 'ob-grow-1')!;
    await saveObjective(db, { ...objective, title: 'Renamed' });
    const renamed = await cachedCatalogueView(db);
    expect(renamed.objectives.find((candidate) => candidate.id === 'ob-grow-1')?.title).toBe('Renamed');

    await saveMeasurement(db, { id: 'ms-3', targetId: 'bt-ssr', value: 1_300_000, at: '2026-11-20' });
    expect((await cachedCatalogueView(db)).measurements.map((measurement) => measurement.id)).toContain('ms-3');
  });

  it('keeps its copy when only links change, which it does not hold', async () => {
    const db = await seededDatabase();
    const kept = cachedCatalogueView(db);
    await kept;
    await linkItem(db, { itemId: 'jira:acme.atlassian.net:PAY-77', objectiveId: 'ob-grow-1' }, NOW);
    expect(cachedCatalogueView(db)).toBe(kept);
  });
});
