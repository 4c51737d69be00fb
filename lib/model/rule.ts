import { z } from 'zod';
import { KEY_PATTERN_SYNTAXES, keyPatternProblem } from '../alignment/key-pattern';
import { t } from '../i18n/catalogue';
import { RecordId, ShortText } from './primitives';
import { TrackerSchema } from './work-item-ref';

export const RULE_MATCH_KINDS = [
  'project',
  'key-pattern',
  'label',
  'component',
  'parent',
  'issue-type',
  'area-path',
  'iteration-path',
  'tag',
  'work-item-type',
  'asana-project',
  'asana-section',
] as const;
export const RuleMatchKindSchema = z.enum(RULE_MATCH_KINDS);
export type RuleMatchKind = z.infer<typeof RuleMatchKindSchema>;

/** Which trackers each kind of rule can apply to. */
export const RULE_KIND_TRACKERS: Record<RuleMatchKind, readonly string[]> = {
  project: ['jira'],
  'key-pattern': ['jira', 'asana', 'azure-devops'],
  label: ['jira'],
  component: ['jira'],
  parent: ['jira', 'asana', 'azure-devops'],
  'issue-type': ['jira'],
  'area-path': ['azure-devops'],
  'iteration-path': ['azure-devops'],
  tag: ['azure-devops', 'asana'],
  'work-item-type': ['azure-devops'],
  'asana-project': ['asana'],
  'asana-section': ['asana'],
};

/** Kinds that match a backslash-separated path, exactly or everything under it. */
export const PATH_RULE_KINDS: ReadonlySet<RuleMatchKind> = new Set(['area-path', 'iteration-path']);

export const PathScopeSchema = z.enum(['under', 'exact']);

export const RuleMatchSchema = z
  .strictObject({
    kind: RuleMatchKindSchema,
    value: z.string().trim().min(1).max(200),
    /** Key patterns: a glob (`PAY-*`) or a regular expression (the meaning of version 1 packs). */
    syntax: z.enum(KEY_PATTERN_SYNTAXES).optional(),
    /** Paths: the path and everything under it (the meaning of version 1 packs), or exactly it. */
    scope: PathScopeSchema.optional(),
  })
  .superRefine((match, ctx) => {
    if (match.syntax !== undefined && match.kind !== 'key-pattern')
      ctx.addIssue({ code: 'custom', message: t('issue_keyPatternOnly'), path: ['syntax'] });
    if (match.scope !== undefined && !PATH_RULE_KINDS.has(match.kind))
      ctx.addIssue({ code: 'custom', message: t('issue_pathOnly'), path: ['scope'] });
    if (match.kind !== 'key-pattern') return;
    const problem = keyPatternProblem(match.value, match.syntax ?? 'regex');
    if (problem) ctx.addIssue({ code: 'custom', message: t('issue_unusableKeyPattern', problem), path: ['value'] });
  });
export type RuleMatch = z.infer<typeof RuleMatchSchema>;

/** Links every item that matches to an objective, without a link per item. */
export const RuleSchema = z
  .strictObject({
    id: RecordId,
    /** What people call the rule; without one it is described by what it matches. */
    name: ShortText.optional(),
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
        message: t('issue_ruleKindNotForTracker', rule.match.kind, rule.tracker),
        path: ['match', 'kind'],
      });
    }
  });
export type Rule = z.infer<typeof RuleSchema>;
