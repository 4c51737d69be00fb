import { t } from '../i18n/catalogue';
import type { BenefitDirection, BenefitTarget } from '../model/benefit-target';
import type { Tracker } from '../model/item-id';
import type { ObjectiveStatus } from '../model/objective';

/**
 * How each stored enum value reads in the workspace; the stored values stay the pack's words. Getters, so
 * that a label is read from the catalogue when it shows, not when a module loads.
 */
export const STATUS_LABELS: Record<ObjectiveStatus, string> = {
  get draft() {
    return t('labels_status_draft');
  },
  get active() {
    return t('labels_status_active');
  },
  get 'at-risk'() {
    return t('labels_status_atRisk');
  },
  get achieved() {
    return t('labels_status_achieved');
  },
  get dropped() {
    return t('labels_status_dropped');
  },
};

export const DIRECTION_LABELS: Record<BenefitDirection, string> = {
  get increase() {
    return t('labels_direction_increase');
  },
  get decrease() {
    return t('labels_direction_decrease');
  },
  get 'keep-within'() {
    return t('labels_direction_keepWithin');
  },
};

export const KIND_LABELS: Record<BenefitTarget['kind'], string> = {
  get financial() {
    return t('labels_kind_financial');
  },
  get 'non-financial'() {
    return t('labels_kind_nonFinancial');
  },
};

/** Product names, the same in every language. */
export const TRACKER_LABELS: Record<Tracker, string> = {
  jira: 'Jira',
  asana: 'Asana',
  'azure-devops': 'Azure DevOps',
};
