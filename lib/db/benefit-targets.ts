import type { z } from 'zod';
import { t } from '../i18n/catalogue';
import { type BenefitTarget, BenefitTargetSchema } from '../model/benefit-target';
import type { Link } from '../model/link';
import type { Rule } from '../model/rule';
import { emptyCatalogue } from './catalogue';
import type { ThroughlineDatabase } from './database';
import type { Removed } from './removed';
import { refusal, validated } from './validate';

/** Links and rules pointing at a target; they are all under the target's objective, whose index finds them. */
async function usersOfTarget(db: ThroughlineDatabase, target: BenefitTarget): Promise<[Link[], Rule[]]> {
  const usesTarget = (record: { targetId?: string }) => record.targetId === target.id;
  return Promise.all([
    db.links.where('objectiveId').equals(target.objectiveId).filter(usesTarget).toArray(),
    db.rules.where('objectiveId').equals(target.objectiveId).filter(usesTarget).toArray(),
  ]);
}

/**
 * Adds a benefit target or replaces the one with the same id. A target may
 * move to another objective only while no link or rule of its current
 * objective points at it: those would then point across objectives.
 */
export async function saveBenefitTarget(
  db: ThroughlineDatabase,
  input: z.input<typeof BenefitTargetSchema>,
): Promise<BenefitTarget> {
  const what = t('record_benefitTarget');
  const target = validated(BenefitTargetSchema, input, what);
  return db.transaction('rw', [db.benefitTargets, db.objectives, db.links, db.rules], async () => {
    if (!(await db.objectives.get(target.objectiveId)))
      throw refusal(what, [{ path: 'objectiveId', message: t('dbRefusal_noObjective', target.objectiveId) }]);
    const stored = await db.benefitTargets.get(target.id);
    if (stored && stored.objectiveId !== target.objectiveId) {
      const [links, rules] = await usersOfTarget(db, stored);
      if (links.length + rules.length > 0)
        throw refusal(what, [{ path: 'objectiveId', message: t('dbRefusal_targetInUse', links.length, rules.length) }]);
    }
    await db.benefitTargets.put(target);
    return target;
  });
}

/** Deletes a target with its check-ins; links and rules that pointed at it keep their objective. */
export async function deleteBenefitTarget(db: ThroughlineDatabase, id: string): Promise<Removed> {
  return db.transaction('rw', [db.benefitTargets, db.measurements, db.links, db.rules], async () => {
    const target = await db.benefitTargets.get(id);
    if (!target) return emptyCatalogue();
    const [[links, rules], measurements] = await Promise.all([
      usersOfTarget(db, target),
      db.measurements.where('targetId').equals(id).toArray(),
    ]);
    const withoutTarget = <T extends { targetId?: string }>({ targetId: _, ...rest }: T) => rest;
    await Promise.all([
      db.links.bulkPut(links.map(withoutTarget)),
      db.rules.bulkPut(rules.map(withoutTarget)),
      db.measurements.bulkDelete(measurements.map((measurement) => measurement.id)),
      db.benefitTargets.delete(id),
    ]);
    return { ...emptyCatalogue(), benefitTargets: [target], measurements, links, rules };
  });
}
