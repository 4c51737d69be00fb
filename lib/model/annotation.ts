import { z } from 'zod';
import { BenefitDirectionSchema } from './benefit-target';
import { ObjectiveStatusSchema } from './objective';

/** Where a benefit target stands, computed for display (see lib/alignment/progress.ts). */
export const TargetProgressSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().optional(),
  direction: BenefitDirectionSchema,
  baseline: z.number(),
  target: z.number(),
  dueDate: z.string().optional(),
  latest: z.object({ value: z.number(), at: z.string(), confidence: z.number().optional() }).nullable(),
  /** 0..1 toward the target (keep-within: 1 inside the band, 0 outside); null with no check-in. */
  ratio: z.number().nullable(),
  /** Why the ratio was clamped or what the band says; null when the value is plainly between. */
  position: z.enum(['past-target', 'behind-baseline', 'within', 'below-band', 'above-band']).nullable(),
  ageDays: z.number().nullable(),
  stale: z.boolean(),
  /** The share of the way the straight line from baseline to target expects on the latest check-in's day. */
  pace: z.number().nullable(),
  /** Short of that pace, or (keep-within) outside the band. */
  behindPace: z.boolean(),
});
export type TargetProgress = z.infer<typeof TargetProgressSchema>;

/** An objective as the overlay and popup show it. */
export const ObjectiveSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: ObjectiveStatusSchema,
  owner: z.string().optional(),
  period: z.object({ start: z.string(), end: z.string() }).optional(),
  url: z.string().optional(),
  themeName: z.string().optional(),
  themeColor: z.string().optional(),
  archived: z.boolean().optional(),
  targets: z.array(TargetProgressSchema),
});
export type ObjectiveSummary = z.infer<typeof ObjectiveSummarySchema>;

/** One reason an item serves an objective: a direct link or a rule. */
export const ItemAlignmentSchema = z.object({
  objectiveId: z.string(),
  targetId: z.string().optional(),
  via: z.enum(['link', 'rule']),
  ruleId: z.string().optional(),
});
export type ItemAlignment = z.infer<typeof ItemAlignmentSchema>;

/** Facts about an item beyond its key that rules can match on. */
export const ItemContextSchema = z.strictObject({
  labels: z.array(z.string().max(255)).max(100).optional(),
  parent: z.string().max(40).optional(),
  areaPath: z.string().max(500).optional(),
  projects: z.array(z.string().max(40)).max(50).optional(),
});
export type ItemContext = z.infer<typeof ItemContextSchema>;

/**
 * The answer to an annotate request, normalized: each item lists its
 * alignments by objective id, and each objective appears once.
 */
export const AnnotateResultSchema = z.object({
  items: z.record(z.string(), z.array(ItemAlignmentSchema)),
  objectives: z.record(z.string(), ObjectiveSummarySchema),
});
export type AnnotateResult = z.infer<typeof AnnotateResultSchema>;
