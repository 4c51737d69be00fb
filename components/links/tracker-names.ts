import type { Tracker } from '../../lib/model/item-id';

/** How each tracker is named to people. */
export const TRACKER_NAMES: Readonly<Record<Tracker, string>> = {
  jira: 'Jira',
  asana: 'Asana',
  'azure-devops': 'Azure DevOps',
};
