import type { BenefitDirection, BenefitTarget } from '../model/benefit-target';
import type { Tracker } from '../model/item-id';
import type { ObjectiveStatus } from '../model/objective';

/** How each stored enum value reads in the workspace; the stored values stay the pack's words. */
export const STATUS_LABELS: Record<ObjectiveStatus, string> = {
  draft: 'Draft',
  active: 'Active',
  'at-risk': 'At risk',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

export const DIRECTION_LABELS: Record<BenefitDirection, string> = {
  increase: 'Increase',
  decrease: 'Decrease',
  'keep-within': 'Keep within a band',
};

export const KIND_LABELS: Record<BenefitTarget['kind'], string> = {
  financial: 'Financial',
  'non-financial': 'Non-financial',
};

export const TRACKER_LABELS: Record<Tracker, string> = {
  jira: 'Jira',
  asana: 'Asana',
  'azure-devops': 'Azure DevOps',
};
