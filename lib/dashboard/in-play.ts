import type { Objective } from '../model/objective';

/**
 * Whether the organisation is working toward an objective now: active or at
 * risk, and not archived. A draft is not committed to yet, and an achieved or
 * dropped objective needs no more work, so none of them is missing any.
 */
export function isInPlay(objective: Pick<Objective, 'status' | 'archived'>): boolean {
  return objective.archived !== true && (objective.status === 'active' || objective.status === 'at-risk');
}
