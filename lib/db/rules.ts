import type { z } from 'zod';
import { t } from '../i18n/catalogue';
import { ruleSignature } from '../model/pack';
import { type Rule, RuleSchema } from '../model/rule';
import { emptyCatalogue } from './catalogue';
import type { ThroughlineDatabase } from './database';
import type { Removed } from './removed';
import { refusal, validated } from './validate';

/** Adds a rule or replaces the one with the same id; a second rule matching the same work for the same objective is refused. */
export async function saveRule(db: ThroughlineDatabase, input: z.input<typeof RuleSchema>): Promise<Rule> {
  const what = t('record_rule');
  const rule = validated(RuleSchema, input, what);
  return db.transaction('rw', [db.rules, db.objectives, db.benefitTargets], async () => {
    if (!(await db.objectives.get(rule.objectiveId)))
      throw refusal(what, [{ path: 'objectiveId', message: t('dbRefusal_noObjective', rule.objectiveId) }]);
    if (rule.targetId !== undefined) {
      const target = await db.benefitTargets.get(rule.targetId);
      if (!target) throw refusal(what, [{ path: 'targetId', message: t('dbRefusal_noTarget', rule.targetId) }]);
      if (target.objectiveId !== rule.objectiveId)
        throw refusal(what, [{ path: 'targetId', message: t('issue_targetOfAnother', rule.targetId) }]);
    }
    const signature = ruleSignature(rule);
    const twin = (await db.rules.where('objectiveId').equals(rule.objectiveId).toArray()).find(
      (other) => other.id !== rule.id && ruleSignature(other) === signature,
    );
    if (twin) throw refusal(what, [{ path: 'match.value', message: t('dbRefusal_twinRule') }]);
    await db.rules.put(rule);
    return rule;
  });
}

export async function deleteRule(db: ThroughlineDatabase, id: string): Promise<Removed> {
  return db.transaction('rw', db.rules, async () => {
    const rule = await db.rules.get(id);
    if (!rule) return emptyCatalogue();
    await db.rules.delete(id);
    return { ...emptyCatalogue(), rules: [rule] };
  });
}
