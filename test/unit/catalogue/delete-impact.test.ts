import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { objectiveDeleteImpact, targetDeleteImpact, themeDeleteImpact } from '../../../lib/catalogue/delete-impact';
import { deleteBenefitTarget } from '../../../lib/db/benefit-targets';
import { deleteObjective } from '../../../lib/db/objectives';
import { importPack } from '../../../lib/db/pack-io';
import { deleteTheme } from '../../../lib/db/themes';
import { parsePackText } from '../../../lib/model/parse-pack';
import { SAMPLE_PACK_PATH } from '../../e2e/harness/paths';
import { freshDatabase, seededDatabase } from '../db/test-database';

async function sampleDatabase() {
  const parsed = parsePackText(await readFile(SAMPLE_PACK_PATH, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const db = freshDatabase();
  await importPack(db, parsed.pack, 'replace');
  return db;
}

describe('delete impact', () => {
  it('counts what deleting an objective removes, as the delete then does', async () => {
    const db = await sampleDatabase();
    for (const objective of await db.objectives.toArray()) {
      const impact = await objectiveDeleteImpact(db, objective.id);
      const removed = await deleteObjective(db, objective.id);
      expect(impact).toEqual({
        benefitTargets: removed.benefitTargets.length,
        checkIns: removed.measurements.length,
        links: removed.links.length,
        rules: removed.rules.length,
        subObjectives: removed.objectives.length - 1,
      });
    }
  });

  it('counts an objective with a sub-objective, targets, check-ins, a link and a rule', async () => {
    const db = await seededDatabase();
    expect(await objectiveDeleteImpact(db, 'ob-grow-2')).toEqual({
      benefitTargets: 1,
      checkIns: 2,
      links: 1,
      rules: 0,
      subObjectives: 0,
    });
    expect(await objectiveDeleteImpact(db, 'ob-grow-1')).toEqual({
      benefitTargets: 0,
      checkIns: 0,
      links: 0,
      rules: 1,
      subObjectives: 1,
    });
    expect(await objectiveDeleteImpact(db, 'ob-none')).toEqual({
      benefitTargets: 0,
      checkIns: 0,
      links: 0,
      rules: 0,
      subObjectives: 0,
    });
  });

  it('counts what deleting a target removes and changes', async () => {
    const db = await sampleDatabase();
    for (const target of await db.benefitTargets.toArray()) {
      const impact = await targetDeleteImpact(db, target);
      const removed = await deleteBenefitTarget(db, target.id);
      expect(impact).toEqual({
        checkIns: removed.measurements.length,
        links: removed.links.length,
        rules: removed.rules.length,
      });
    }
  });

  it('counts the objectives that lose a theme', async () => {
    const db = await sampleDatabase();
    for (const theme of await db.themes.toArray()) {
      const count = await themeDeleteImpact(db, theme.id);
      expect(count).toBe((await deleteTheme(db, theme.id)).objectives.length);
      expect(count).toBeGreaterThan(0);
    }
  });
});
