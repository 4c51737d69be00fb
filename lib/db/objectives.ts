import type { z } from 'zod';
import { t } from '../i18n/catalogue';
import type { PickerObjective } from '../messages/responses';
import type { FieldProblem } from '../messages/user-error';
import { type Objective, ObjectiveSchema } from '../model/objective';
import { emptyCatalogue } from './catalogue';
import type { ThroughlineDatabase } from './database';
import type { Removed } from './removed';
import { refusal, validated } from './validate';

/** Whether `id` is `start` or one of its ancestors; stops on a cycle already stored rather than looping. */
async function isAncestor(db: ThroughlineDatabase, id: string, start: string): Promise<boolean> {
  const visited = new Set<string>();
  for (let at: string | null | undefined = start; at != null && !visited.has(at); ) {
    if (at === id) return true;
    visited.add(at);
    at = (await db.objectives.get(at))?.parentId;
  }
  return false;
}

/** Why an objective cannot be stored as it is, each reason naming its field. */
async function objectiveProblems(db: ThroughlineDatabase, objective: Objective): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  // Case-insensitive like the pack validator: GROW-2 and grow-2 would read as the same objective.
  const holders = await db.objectives.where('code').equalsIgnoreCase(objective.code).toArray();
  const other = holders.find((holder) => holder.id !== objective.id);
  if (other) problems.push({ path: 'code', message: t('dbRefusal_codeUsedBy', objective.code, other.title) });
  if (objective.themeId != null && !(await db.themes.get(objective.themeId)))
    problems.push({ path: 'themeId', message: t('dbRefusal_noTheme', objective.themeId) });
  if (objective.parentId === objective.id) problems.push({ path: 'parentId', message: t('issue_ownAncestor') });
  else if (objective.parentId != null) {
    if (!(await db.objectives.get(objective.parentId)))
      problems.push({ path: 'parentId', message: t('dbRefusal_noObjective', objective.parentId) });
    else if (await isAncestor(db, objective.id, objective.parentId))
      problems.push({ path: 'parentId', message: t('issue_ownAncestor') });
  }
  return problems;
}

/** Adds an objective or replaces the one with the same id, refusing what would break the catalogue. */
export async function saveObjective(
  db: ThroughlineDatabase,
  input: z.input<typeof ObjectiveSchema>,
): Promise<Objective> {
  const what =
    typeof input.code === 'string' && input.code ? t('record_objectiveCoded', input.code) : t('record_objective');
  const objective = validated(ObjectiveSchema, input, what);
  return db.transaction('rw', [db.objectives, db.themes], async () => {
    const problems = await objectiveProblems(db, objective);
    if (problems.length > 0) throw refusal(what, problems);
    await db.objectives.put(objective);
    return objective;
  });
}

/**
 * Deletes an objective with everything that only makes sense with it: its
 * targets and their check-ins, its links, rules and exclusions. Sub-objectives
 * stay, at the top level.
 */
export async function deleteObjective(db: ThroughlineDatabase, id: string): Promise<Removed> {
  const tables = [db.objectives, db.benefitTargets, db.measurements, db.links, db.rules, db.exclusions];
  return db.transaction('rw', tables, async () => {
    const objective = await db.objectives.get(id);
    if (!objective) return emptyCatalogue();
    const [benefitTargets, links, rules, exclusions, children] = await Promise.all([
      db.benefitTargets.where('objectiveId').equals(id).toArray(),
      db.links.where('objectiveId').equals(id).toArray(),
      db.rules.where('objectiveId').equals(id).toArray(),
      db.exclusions.where('objectiveId').equals(id).toArray(),
      db.objectives.where('parentId').equals(id).toArray(),
    ]);
    const targetIds = benefitTargets.map((target) => target.id);
    const measurements = await db.measurements.where('targetId').anyOf(targetIds).toArray();
    await Promise.all([
      db.objectives.bulkPut(children.map((child) => ({ ...child, parentId: null }))),
      db.measurements.bulkDelete(measurements.map((measurement) => measurement.id)),
      db.benefitTargets.bulkDelete(targetIds),
      db.links.bulkDelete(links.map((link) => link.id)),
      db.rules.bulkDelete(rules.map((rule) => rule.id)),
      db.exclusions.bulkDelete(exclusions.map((exclusion) => exclusion.id)),
    ]);
    await db.objectives.delete(id);
    return {
      ...emptyCatalogue(),
      objectives: [objective, ...children],
      benefitTargets,
      measurements,
      links,
      rules,
      exclusions,
    };
  });
}

const byCode = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The catalogue as the objective picker lists it: by code, so GROW-2 comes before GROW-10. */
export async function listPickerObjectives(db: ThroughlineDatabase): Promise<PickerObjective[]> {
  const [objectives, themes, targets] = await db.transaction('r', [db.objectives, db.themes, db.benefitTargets], () =>
    Promise.all([db.objectives.toArray(), db.themes.toArray(), db.benefitTargets.toArray()]),
  );
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const targetsByObjective = new Map<string, { id: string; name: string }[]>();
  for (const target of targets) {
    const list = targetsByObjective.get(target.objectiveId) ?? [];
    list.push({ id: target.id, name: target.name });
    targetsByObjective.set(target.objectiveId, list);
  }
  return objectives
    .map((objective): PickerObjective => {
      const theme = objective.themeId != null ? themeById.get(objective.themeId) : undefined;
      return {
        id: objective.id,
        code: objective.code,
        title: objective.title,
        status: objective.status,
        archived: objective.archived ?? false,
        ...(theme !== undefined && { themeName: theme.name }),
        ...(theme?.color !== undefined && { themeColor: theme.color }),
        targets: targetsByObjective.get(objective.id) ?? [],
      };
    })
    .sort((a, b) => byCode.compare(a.code, b.code) || (a.id < b.id ? -1 : 1));
}
