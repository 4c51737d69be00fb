import type { ThroughlineDatabase } from '../db/database';
import type { BenefitTarget } from '../model/benefit-target';

/** What deleting an objective takes with it (lib/db/objectives.ts deleteObjective), and what it leaves. */
export interface ObjectiveDeleteImpact {
  benefitTargets: number;
  checkIns: number;
  links: number;
  rules: number;
  /** Sub-objectives stay, moved to the top level. */
  subObjectives: number;
}

/** What deleting a benefit target takes (its check-ins) and changes (links and rules that named it). */
export interface TargetDeleteImpact {
  checkIns: number;
  links: number;
  rules: number;
}

/** Counted from the database by its indexes, as the delete itself will find them. */
export async function objectiveDeleteImpact(db: ThroughlineDatabase, id: string): Promise<ObjectiveDeleteImpact> {
  return db.transaction('r', [db.objectives, db.benefitTargets, db.measurements, db.links, db.rules], async () => {
    const [targetIds, links, rules, subObjectives] = await Promise.all([
      db.benefitTargets.where('objectiveId').equals(id).primaryKeys(),
      db.links.where('objectiveId').equals(id).count(),
      db.rules.where('objectiveId').equals(id).count(),
      db.objectives.where('parentId').equals(id).count(),
    ]);
    const checkIns = await db.measurements.where('targetId').anyOf(targetIds).count();
    return { benefitTargets: targetIds.length, checkIns, links, rules, subObjectives };
  });
}

export async function targetDeleteImpact(
  db: ThroughlineDatabase,
  target: Pick<BenefitTarget, 'id' | 'objectiveId'>,
): Promise<TargetDeleteImpact> {
  return db.transaction('r', [db.measurements, db.links, db.rules], async () => {
    const namesTarget = (record: { targetId?: string }) => record.targetId === target.id;
    const [checkIns, links, rules] = await Promise.all([
      db.measurements.where('targetId').equals(target.id).count(),
      db.links.where('objectiveId').equals(target.objectiveId).filter(namesTarget).count(),
      db.rules.where('objectiveId').equals(target.objectiveId).filter(namesTarget).count(),
    ]);
    return { checkIns, links, rules };
  });
}

/** How many objectives lose their theme when it is deleted. */
export async function themeDeleteImpact(db: ThroughlineDatabase, id: string): Promise<number> {
  return db.objectives.where('themeId').equals(id).count();
}
