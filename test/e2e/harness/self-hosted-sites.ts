import type { Page } from 'playwright-core';
import { TRACKER_LABELS } from '../../../lib/sites/tracker-labels';
import { SELF_HOSTED_ADO_ORIGIN, SELF_HOSTED_JIRA_ORIGIN } from './fixture-hosts';

/** The stand-ins for self-hosted trackers, each named by a page of it, as a person would paste it. */
const SITES = [
  { address: `${SELF_HOSTED_JIRA_ORIGIN}/jira/browse/PAY-7`, tracker: TRACKER_LABELS.jira },
  {
    address: `${SELF_HOSTED_ADO_ORIGIN}/tfs/DefaultCollection/Platform/_backlogs/board`,
    tracker: TRACKER_LABELS['azure-devops'],
  },
] as const;

/**
 * Adds the self-hosted stand-ins through the workspace's Sites section, as a
 * person would. Returns the origins added; one that was refused is left out
 * and its message returned instead.
 */
export async function addSelfHostedSites(options: Page): Promise<{ added: string[]; refused: string[] }> {
  await options.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Sites' }).click();
  const added: string[] = [];
  const refused: string[] = [];
  for (const { address, tracker } of SITES) {
    await options.getByLabel('Site address').fill(address);
    await options.getByRole('radio', { name: tracker }).check();
    await options.getByRole('button', { name: 'Add site' }).click();
    const origin = new URL(address).origin;
    const outcome = options.getByRole('status').or(options.getByRole('alert')).filter({ hasText: origin });
    const text = await outcome
      .first()
      .textContent({ timeout: 10_000 })
      .catch(async () => {
        const shown = await options.getByRole('status').or(options.getByRole('alert')).allTextContents();
        return `no answer within 10 s (shown: ${JSON.stringify(shown)})`;
      });
    if (text?.startsWith('Added ')) added.push(origin);
    else refused.push(`${origin}: ${text}`);
  }
  return { added, refused };
}
