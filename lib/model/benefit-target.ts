import { z } from 'zod';
import { t } from '../i18n/catalogue';
import { IsoDate, RecordId, ShortText } from './primitives';

export const BENEFIT_DIRECTIONS = ['increase', 'decrease', 'keep-within'] as const;
export const BenefitDirectionSchema = z.enum(BENEFIT_DIRECTIONS);
export type BenefitDirection = z.infer<typeof BenefitDirectionSchema>;

export const BenefitKindSchema = z.enum(['financial', 'non-financial']);

/**
 * A measurable benefit an objective promises. For `keep-within`, `baseline`
 * is the lower and `target` the upper bound of the band.
 */
export const BenefitTargetSchema = z
  .strictObject({
    id: RecordId,
    objectiveId: RecordId,
    name: ShortText,
    unit: z.string().max(20).optional(),
    kind: BenefitKindSchema,
    direction: BenefitDirectionSchema,
    baseline: z.number(),
    target: z.number(),
    dueDate: IsoDate.optional(),
    owner: ShortText.optional(),
  })
  .superRefine((target, ctx) => {
    const problem = directionProblem(target.direction, target.baseline, target.target);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['target'] });
  });
export type BenefitTarget = z.infer<typeof BenefitTargetSchema>;

/** Why a baseline/target pair makes no sense for its direction, or `null`. */
export function directionProblem(direction: BenefitDirection, baseline: number, target: number): string | null {
  if (target === baseline) return t('issue_differFromBaseline');
  if (direction === 'increase' && target < baseline) return t('issue_aboveBaseline');
  if (direction === 'decrease' && target > baseline) return t('issue_belowBaseline');
  if (direction === 'keep-within' && target < baseline) return t('issue_upperBound');
  return null;
}
