import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n/catalogue';
import { messageParts } from '../../lib/i18n/message-parts';
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
          {t(
            'addSiteOutcome_addedAsReloadItsOpen',
            outcome.site.origin,
            TRACKER_LABELS[outcome.site.tracker],
            outcome.detected ? t('addSiteOutcome_detectedFromItsPage') : '',
          )}
        </p>
      );
    case 'cloud':
      return (
        <p class="site-outcome" role="status">
          {t('addSiteOutcome_isACloudTrackerThroughline', outcome.origin)}
        </p>
      );
    case 'already-added':
      return (
        <p class="site-outcome" role="status">
          {t('addSiteOutcome_isAlreadyOneOfYour', outcome.site.origin, TRACKER_LABELS[outcome.site.tracker])}
        </p>
      );
    case 'invalid':
      return <Problem title={t('addSiteOutcome_thatIsNotASite')}>{outcome.reason}</Problem>;
    case 'refused':
      return (
        <Problem title={t('addSiteOutcome_permissionRefusedNothingWasAdded')}>
          {t('addSiteOutcome_throughlineMayNotReadTo', outcome.origin)}
        </Problem>
      );
    case 'not-tracker':
      return (
        <Problem title={t('addSiteOutcome_thisDoesNotLookLike')}>
          {t('addSiteOutcome_showsNoneOfTheirPage', outcome.origin)}
        </Problem>
      );
    case 'unreachable':
      return (
        <Problem title={t('addSiteOutcome_couldNotReach', outcome.origin, outcome.detail)}>
          {messageParts(
            'addSiteOutcome_nothingWasAddedIfIt',
            <span class="actions site-outcome-actions">
              {(Object.keys(TRACKER_LABELS) as Site['tracker'][]).map((tracker) => (
                <button key={tracker} type="button" onClick={() => onAddAnyway(outcome.origin, tracker)}>
                  {t('addSiteOutcome_addAs', TRACKER_LABELS[tracker])}
                </button>
              ))}
            </span>,
          )}
        </Problem>
      );
    case 'failed':
      return <Problem title={t('addSiteOutcome_wasNotAdded', outcome.origin)}>{outcome.error}</Problem>;
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
