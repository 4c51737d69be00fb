import type { Site } from '../model/site';

/** How the Sites page names each self-hosted tracker. */
export const TRACKER_LABELS = {
  jira: 'Jira Data Center / Server',
  'azure-devops': 'Azure DevOps Server',
} as const satisfies Record<Site['tracker'], string>;
