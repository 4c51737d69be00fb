/** Stands in for a self-hosted Jira; granted only in the e2e build (wxt.config.ts). */
export const SELF_HOSTED_JIRA_ORIGIN = 'https://jira.example.test';

/** Stands in for an Azure DevOps Server (the legacy `/tfs/` pages); granted only in the e2e build. */
export const SELF_HOSTED_ADO_ORIGIN = 'https://tfs.example.test';

/** A site that is no tracker; granted only in the e2e build, so a content script can be injected there. */
export const NOT_A_TRACKER_ORIGIN = 'https://not-a-tracker.example';
