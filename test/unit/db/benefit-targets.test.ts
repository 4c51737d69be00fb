import { describe, expect, it } from 'vitest';
import { deleteBenefitTarget, saveBenefitTarget } from '../../../lib/db/benefit-targets';
import { saveObjective } from '../../../lib/db/objectives';
import { exportPack } from '../../../lib/db/pack-io';
import { restoreRemoved } from '../../../lib/db/removed';
import type { BenefitTarget } from '../../../lib/model/benefit-target';
import { NOW, seededDatabase } from './test-database';

const nps: BenefitTarget = {
  id: 'bt-nps',
  objectiveId: 'ob-grow-1',
  name: 'Net promoter score',
  kind: 'non-financial',
  direction: 'increase',
  baseline: 20,
  target: 40,
};

describe('benefit targets', () => {
  it('saves a target and refuses one whose target contradicts its direction', async () => {
    const db = await seededDatabase();
    expect(await saveBenefitTarget(db, nps)).toEqual(nps);
    await expect(saveBenefitTarget(db, { ...nps, direction: 'decrease' })).rejects.toThrow(
      'Cannot save the benefit target: target: must be below the baseline for a decrease',
    );
    await expect(saveBenefitTarget(db, { ...nps, target: 20 })).rejects.toThrow(
      'target: must differ from the baseline',
    );
    await expect(saveBenefitTarget(db, { ...nps, objectiveId: 'ob-nope' })).rejects.toThrow(
      'objectiveId: refers to objective "ob-nope", which does not exist',
    );
  });

  it('moves a target to another objective only while nothing of the old one points at it', async () => {
    const db = await seededDatabase();
    const ssr = (await db.benefitTargets.get('bt-ssr'))!;
    await expect(saveBenefitTarget(db, { ...ssr, objectiveId: 'ob-grow-1' })).rejects.toThrow(
      /objectiveId: 1 links and 0 rules of its current objective point at this target/,
    );
    await saveBenefitTarget(db, nps);
    await saveObjective(db, { id: 'ob-x', code: 'X-1', title: 'Other', status: 'draft' });
    await saveBenefitTarget(db, { ...nps, objectiveId: 'ob-x' });
    expect((await db.benefitTargets.get('bt-nps'))?.objectiveId).toBe('ob-x');
  });

  it('deletes a target with its check-ins, clears it from links and rules, and undoes exactly', async () => {
    const db = await seededDatabase();
    await db.rules.update('ru-1', { objectiveId: 'ob-grow-2', targetId: 'bt-ssr' });
    const before = await exportPack(db, NOW);
    const removed = await deleteBenefitTarget(db, 'bt-ssr');
    expect(removed.measurements).toHaveLength(2);
    expect(await db.measurements.count()).toBe(0);
    expect(await db.links.get('ln-1')).not.toHaveProperty('targetId');
    expect(await db.rules.get('ru-1')).not.toHaveProperty('targetId');
    await restoreRemoved(db, removed);
    expect(await exportPack(db, NOW)).toEqual(before);
  });
});
