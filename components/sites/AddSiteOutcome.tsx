import type { ComponentChildren } from 'preact';
import type { Site } from '../../lib/model/site';
import type { AddOutcome } from '../../lib/sites/add-site';
import { TRACKER_LABELS } from '../../lib/sites/tracker-labels';

export interface AddSiteOutcomeProps {
  outcome: AddOutcome;
  /** Adds the site of an unreachable outcome with the tracker the user names. */
  onAddAnyway(origin: string, tracker: Site['tracker']): void;
}

/** What came of adding a site, in words: problems as alerts, the rest as status messages. */
export function AddSiteOutcome({ outcome, onAddAnyway }: AddSiteOutcomeProps) {
  switch (outcome.kind) {
    case 'added':
      return (
        <p class="site-outcome site-outcome-done" role="status">
          Added {outcome.site.origin} as {TRACKER_LABELS[outcome.site.tracker]}
          {outcome.detected ? ' (detected from its page)' : ''}. Reload its open pages to see Throughline there.
        </p>
      );
    case 'cloud':
      return (
        <p class="site-outcome" role="status">
          {outcome.origin} is a cloud tracker: Throughline already works there, with nothing to add.
        </p>
      );
    case 'already-added':
      return (
        <p class="site-outcome" role="status">
          {outcome.site.origin} is already one of your sites, as {TRACKER_LABELS[outcome.site.tracker]}.
        </p>
      );
    case 'invalid':
      return <Problem title="That is not a site address.">{outcome.reason}</Problem>;
    case 'refused':
      return (
        <Problem title="Permission refused: nothing was added.">
          Throughline may not read {outcome.origin}. To add it, try again and allow it when the browser asks.
        </Problem>
      );
    case 'not-tracker':
      return (
        <Problem title="This does not look like Jira or Azure DevOps Server.">
          {outcome.origin} shows none of their page markers, so nothing was added. If it is one of them, choose which
          above and add it again.
        </Problem>
      );
    case 'unreachable':
      return (
        <Problem title={`Could not reach ${outcome.origin}: ${outcome.detail}.`}>
          Nothing was added. If it is a tracker (it may need you to sign in first, or answer only inside your network),
          add it anyway:
          <span class="actions site-outcome-actions">
            {(Object.keys(TRACKER_LABELS) as Site['tracker'][]).map((tracker) => (
              <button key={tracker} type="button" onClick={() => onAddAnyway(outcome.origin, tracker)}>
                Add as {TRACKER_LABELS[tracker]}
              </button>
            ))}
          </span>
        </Problem>
      );
    case 'failed':
      return <Problem title={`${outcome.origin} was not added.`}>{outcome.error}</Problem>;
  }
}

function Problem({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="site-outcome site-outcome-problem" role="alert">
      <p class="site-outcome-title">{title}</p>
      <p>{children}</p>
    </div>
  );
}
