import { z } from 'zod';
import { type MessageKey, t } from '../i18n/catalogue';
import { BenefitTargetSchema } from './benefit-target';
import { ExclusionSchema } from './exclusion';
import { LinkSchema } from './link';
import { MeasurementSchema } from './measurement';
import { ObjectiveSchema } from './objective';
import { IsoTimestamp, ShortText } from './primitives';
import { type Rule, RuleSchema } from './rule';
import { HistorySchema } from './snapshot';
import { ThemeSchema } from './theme';

export const PACK_FORMAT = 'throughline.pack';
export const PACK_VERSION = 2;

const MAX_RECORDS = 200_000;

/** The strategy pack, version 2: the whole catalogue, its links, rules and exclusions (docs/pack-format.md). */
export const PackSchema = z
  .strictObject({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    exportedAt: IsoTimestamp,
    name: ShortText,
    themes: z.array(ThemeSchema).max(MAX_RECORDS),
    objectives: z.array(ObjectiveSchema).max(MAX_RECORDS),
    benefitTargets: z.array(BenefitTargetSchema).max(MAX_RECORDS),
    measurements: z.array(MeasurementSchema).max(MAX_RECORDS),
    links: z.array(LinkSchema).max(MAX_RECORDS),
    rules: z.array(RuleSchema).max(MAX_RECORDS),
    exclusions: z.array(ExclusionSchema).max(MAX_RECORDS),
    /** Optional: the alignment snapshot history, which backups carry and shared packs leave out. */
    history: HistorySchema.optional(),
  })
  .superRefine((pack, ctx) => {
    for (const problem of [...packIntegrityProblems(pack), ...linkExclusionConflicts(pack)])
      ctx.addIssue({ code: 'custom', ...problem });
  });
export type Pack = z.infer<typeof PackSchema>;
/** The pack as written in JSON, before ids are normalized. */
export type PackInput = z.input<typeof PackSchema>;

export interface PackProblem {
  path: (string | number)[];
  message: string;
}

type PackBody = Omit<Pack, 'format' | 'version' | 'exportedAt' | 'name'>;

const MISSING = {
  theme: 'issue_missingTheme',
  objective: 'issue_missingObjective',
  target: 'issue_missingTarget',
} as const satisfies Record<string, MessageKey>;
type MissingKind = keyof typeof MISSING;

/**
 * Everything that makes a pack inconsistent as a whole: duplicate ids and
 * codes, references that do not resolve, parent cycles and duplicate links.
 * The database runs the same checks on the state an edit would produce.
 */
export function packIntegrityProblems(pack: PackBody): PackProblem[] {
  const problems: PackProblem[] = [];
  const uniqueIds = <T extends { id: string }>(list: string, records: T[]) => {
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (seen.has(record.id)) problems.push({ path: [list, index, 'id'], message: t('issue_duplicateId', record.id) });
      seen.add(record.id);
    });
    return seen;
  };
  const themeIds = uniqueIds('themes', pack.themes);
  const objectiveIds = uniqueIds('objectives', pack.objectives);
  const targetIds = uniqueIds('benefitTargets', pack.benefitTargets);
  uniqueIds('measurements', pack.measurements);
  uniqueIds('links', pack.links);
  uniqueIds('rules', pack.rules);
  uniqueIds('exclusions', pack.exclusions);

  const missing = (path: PackProblem['path'], kind: MissingKind, id: string) =>
    problems.push({ path, message: t(MISSING[kind], id) });

  const codes = new Map<string, number>();
  const parentOf = new Map<string, string>();
  pack.objectives.forEach((objective, index) => {
    const code = objective.code.toUpperCase();
    const other = codes.get(code);
    if (other !== undefined)
      problems.push({
        path: ['objectives', index, 'code'],
        message: t('issue_codeUsedAt', objective.code, other),
      });
    else codes.set(code, index);
    if (objective.themeId != null && !themeIds.has(objective.themeId))
      missing(['objectives', index, 'themeId'], 'theme', objective.themeId);
    if (objective.parentId != null) {
      if (!objectiveIds.has(objective.parentId))
        missing(['objectives', index, 'parentId'], 'objective', objective.parentId);
      else parentOf.set(objective.id, objective.parentId);
    }
  });
  pack.objectives.forEach((objective, index) => {
    const visited = new Set([objective.id]);
    for (let at = parentOf.get(objective.id); at !== undefined; at = parentOf.get(at)) {
      if (visited.has(at)) {
        problems.push({ path: ['objectives', index, 'parentId'], message: t('issue_ownAncestor') });
        break;
      }
      visited.add(at);
    }
  });

  const targetObjective = new Map<string, string>();
  pack.benefitTargets.forEach((target, index) => {
    if (!objectiveIds.has(target.objectiveId))
      missing(['benefitTargets', index, 'objectiveId'], 'objective', target.objectiveId);
    targetObjective.set(target.id, target.objectiveId);
  });
  pack.measurements.forEach((measurement, index) => {
    if (!targetIds.has(measurement.targetId))
      missing(['measurements', index, 'targetId'], 'target', measurement.targetId);
  });

  const checkTarget = (list: string, index: number, objectiveId: string, targetId: string | undefined) => {
    if (targetId === undefined) return;
    const owner = targetObjective.get(targetId);
    if (owner === undefined) missing([list, index, 'targetId'], 'target', targetId);
    else if (owner !== objectiveId)
      problems.push({
        path: [list, index, 'targetId'],
        message: t('issue_targetOfAnother', targetId),
      });
  };
  const linked = new ItemObjectivePairs();
  pack.links.forEach((link, index) => {
    if (!objectiveIds.has(link.objectiveId)) missing(['links', index, 'objectiveId'], 'objective', link.objectiveId);
    checkTarget('links', index, link.objectiveId, link.targetId);
    if (!linked.add(link))
      problems.push({
        path: ['links', index],
        message: t('issue_alreadyLinked', link.itemId, link.objectiveId),
      });
  });
  const ruleIndex = new Map<string, number>();
  pack.rules.forEach((rule, index) => {
    if (!objectiveIds.has(rule.objectiveId)) missing(['rules', index, 'objectiveId'], 'objective', rule.objectiveId);
    checkTarget('rules', index, rule.objectiveId, rule.targetId);
    const signature = ruleSignature(rule);
    const other = ruleIndex.get(signature);
    if (other !== undefined)
      problems.push({ path: ['rules', index, 'match'], message: t('issue_sameWorkAsRule', other) });
    else ruleIndex.set(signature, index);
  });
  const excluded = new ItemObjectivePairs();
  pack.exclusions.forEach((exclusion, index) => {
    if (!objectiveIds.has(exclusion.objectiveId))
      missing(['exclusions', index, 'objectiveId'], 'objective', exclusion.objectiveId);
    if (!excluded.add(exclusion))
      problems.push({
        path: ['exclusions', index],
        message: t('issue_alreadyExcluded', exclusion.itemId, exclusion.objectiveId),
      });
  });
  return problems;
}

/**
 * Item and objective pairs, held as objectives per item: the ids are strings the pack already
 * holds, whereas a joined key would be a new string to build and hash for every record. An item
 * mostly has one objective, kept as it is until a second one comes.
 */
class ItemObjectivePairs {
  private readonly objectivesOf = new Map<string, string | Set<string>>();

  has({ itemId, objectiveId }: { itemId: string; objectiveId: string }): boolean {
    const objectives = this.objectivesOf.get(itemId);
    return typeof objectives === 'string' ? objectives === objectiveId : (objectives?.has(objectiveId) ?? false);
  }

  /** Adds the pair; false when it was already there. */
  add(pair: { itemId: string; objectiveId: string }): boolean {
    if (this.has(pair)) return false;
    const objectives = this.objectivesOf.get(pair.itemId);
    if (objectives === undefined) this.objectivesOf.set(pair.itemId, pair.objectiveId);
    else if (typeof objectives === 'string')
      this.objectivesOf.set(pair.itemId, new Set([objectives, pair.objectiveId]));
    else objectives.add(pair.objectiveId);
    return true;
  }
}

/**
 * Exclusions that contradict a link of the same pack. Only within one pack:
 * across layers a link of the user's own over a subscribed pack's exclusion
 * is a choice, and links win over exclusions when alignment is resolved.
 */
export function linkExclusionConflicts(pack: Pick<PackBody, 'links' | 'exclusions'>): PackProblem[] {
  // Most packs have no exclusions, and a pair for each of 100,000 links would cost a large pack's preview 0.4 s.
  if (pack.exclusions.length === 0) return [];
  const linked = new ItemObjectivePairs();
  for (const link of pack.links) linked.add(link);
  return pack.exclusions.flatMap((exclusion, index) =>
    linked.has(exclusion)
      ? [
          {
            path: ['exclusions', index],
            message: t('issue_linkedAndExcluded', exclusion.itemId, exclusion.objectiveId),
          },
        ]
      : [],
  );
}

/**
 * Two rules with the same signature match the same work for the same
 * objective: one of them is a duplicate. Values compare regardless of case,
 * as rules match them.
 */
export function ruleSignature(rule: Pick<Rule, 'objectiveId' | 'tracker' | 'site' | 'match'>): string {
  const { kind, value, syntax, scope } = rule.match;
  const site = rule.site?.toLowerCase() ?? '';
  const caseless = kind === 'key-pattern' && (syntax ?? 'regex') === 'regex' ? value : value.toLowerCase();
  return JSON.stringify([rule.objectiveId, rule.tracker, site, kind, caseless, syntax ?? '', scope ?? '']);
}
