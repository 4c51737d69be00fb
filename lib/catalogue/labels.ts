import { labelsOf } from '../i18n/catalogue';
import type { BenefitDirection, BenefitTarget } from '../model/benefit-target';
import type { Tracker } from '../model/item-id';
import type { ObjectiveStatus } from '../model/objective';

/**
 * How each stored enum value reads in the workspace; the stored values stay the pack's words, the
 * labels are read from the catalogue when they show (labelsOf).
 */
export const STATUS_LABELS = labelsOf<ObjectiveStatus>({
  draft: 'labels_status_draft',
  active: 'labels_status_active',
  'at-risk': 'labels_status_atRisk',
  achieved: 'labels_status_achieved',
  dropped: 'labels_status_dropped',
});

export const DIRECTION_LABELS = labelsOf<BenefitDirection>({
  increase: 'labels_direction_increase',
  decrease: 'labels_direction_decrease',
  'keep-within': 'labels_direction_keepWithin',
});

export const KIND_LABELS = labelsOf<BenefitTarget['kind']>({
  financial: 'labels_kind_financial',
  'non-financial': 'labels_kind_nonFinancial',
});

/** Product names, the same in every language. */
export const TRACKER_LABELS: Record<Tracker, string> = {
  jira: 'Jira',
  asana: 'Asana',
  'azure-devops': 'Azure DevOps',
};
