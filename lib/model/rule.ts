import { z } from 'zod';
import { RecordId } from './primitives';
import { TrackerSchema } from './work-item-ref';

export const RULE_MATCH_KINDS = ['project', 'key-pattern', 'label', 'parent', 'area-path', 'asana-project'] as const;
export const RuleMatchKindSchema = z.enum(RULE_MATCH_KINDS);
export type RuleMatchKind = z.infer<typeof RuleMatchKindSchema>;

/** Which trackers each kind of rule can apply to. */
export const RULE_KIND_TRACKERS: Record<RuleMatchKind, readonly string[]> = {
  project: ['jira'],
  'key-pattern': ['jira', 'asana', 'azure-devops'],
  label: ['jira'],
  parent: ['jira', 'asana', 'azure-devops'],
  'area-path': ['azure-devops'],
  'asana-project': ['asana'],
};

export const RuleMatchSchema = z
  .strictObject({
    kind: RuleMatchKindSchema,
    value: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  })
  .superRefine((match, ctx) => {
    if (match.kind !== 'key-pattern') return;
    try {
      new RegExp(match.value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not a valid regular expression', path: ['value'] });
    }
  });

/** Links every item that matches to an objective, without a link per item. */
export const RuleSchema = z
  .strictObject({
    id: RecordId,
    objectiveId: RecordId,
    targetId: RecordId.optional(),
    tracker: TrackerSchema,
    site: z.string().min(1).max(200).optional(),
    match: RuleMatchSchema,
    enabled: z.boolean(),
  })
  .superRefine((rule, ctx) => {
    if (!RULE_KIND_TRACKERS[rule.match.kind].includes(rule.tracker)) {
      ctx.addIssue({
        code: 'custom',
        message: `a "${rule.match.kind}" rule does not apply to ${rule.tracker}`,
        path: ['match', 'kind'],
      });
    }
  });
export type Rule = z.infer<typeof RuleSchema>;
