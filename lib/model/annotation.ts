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

export const ALIGNMENT_REASONS = ['link', 'rule', 'inherited'] as const;
export type AlignmentReason = (typeof ALIGNMENT_REASONS)[number];

/**
 * Why an item serves an objective: a direct link (when, with its note), a
 * rule (which), or inheritance from an ancestor (which ancestor, and that
 * ancestor's own link or rule, described by the same fields).
 */
export const ItemAlignmentSchema = z.object({
  objectiveId: z.string(),
  targetId: z.string().optional(),
  via: z.enum(ALIGNMENT_REASONS),
  linkedAt: z.string().optional(),
  note: z.string().optional(),
  ruleId: z.string().optional(),
  ruleName: z.string().optional(),
  /** Inherited: the canonical id of the ancestor that holds the link or rule. */
  ancestorId: z.string().optional(),
  ancestorVia: z.enum(['link', 'rule']).optional(),
  /** Inherited: the ancestor's type where known (Epic, User Story…), to name it. */
  ancestorType: z.string().optional(),
});
export type ItemAlignment = z.infer<typeof ItemAlignmentSchema>;

/** Facts not known yet: being fetched, or unavailable and why (shown as "facts unavailable: <reason>"). */
export const FactsNoteSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('fetching') }),
  z.object({ state: z.literal('unavailable'), reason: z.string() }),
]);
export type FactsNote = z.infer<typeof FactsNoteSchema>;

/**
 * The items whose tracker facts are not known, each state and reason said
 * once with its items: one reason often holds for thousands of items (the
 * tracker's fetching turned off), and a copy of it per item made that part
 * of a 2,000-item answer 167 KB and most of the answer's trip.
 */
export const FactsNotesSchema = z.object({
  fetching: z.array(z.string()),
  unavailable: z.array(z.object({ reason: z.string(), ids: z.array(z.string()) })),
});
export type FactsNotes = z.infer<typeof FactsNotesSchema>;

/**
 * The answer to an annotate request, normalized: each item lists its
 * alignments by objective id, each objective appears once, and each facts
 * note once with its items.
 */
export const AnnotateResultSchema = z.object({
  items: z.record(z.string(), z.array(ItemAlignmentSchema)),
  objectives: z.record(z.string(), ObjectiveSummarySchema),
  /** Items whose tracker facts are not known; the others' are. */
  facts: FactsNotesSchema,
  /** Items (and ancestors) whose facts the asking content script should fetch from its tracker. */
  fetch: z.array(z.string()),
});
export type AnnotateResult = z.infer<typeof AnnotateResultSchema>;
