import { useId, useState } from 'preact/hooks';
import { readerFormat } from '../../lib/format/locale';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import { PACK_LISTS } from '../../lib/model/import-summary';
import type { Subscription } from '../../lib/model/subscription';
import type { UndoToast } from '../catalogue/use-undo-toast';

const when = (iso: string | undefined) => (iso ? readerFormat.dateTime(iso) : 'never');

/** One subscription: where it comes from, when it was checked and last changed, its state, and what can be done. */
export function SubscriptionRow({ subscription, toast }: { subscription: Subscription; toast: UndoToast }) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const title = subscription.name ?? subscription.url;

  const refresh = async () => {
    setBusy(true);
    setOutcome(null);
    const reply = await send({ type: 'refreshSubscription', id: subscription.id });
    setBusy(false);
    if (!reply.ok) setOutcome(reply.error);
    else if (reply.data.subscription.state === 'failed') setOutcome(null);
    else
      setOutcome(
        reply.data.changed ? t('subscriptionRow_updatedToTheLatestPack') : t('subscriptionRow_checkedThePackHasNot'),
      );
  };

  const unsubscribe = async () => {
    setBusy(true);
    const reply = await send({ type: 'unsubscribe', id: subscription.id });
    setBusy(false);
    if (!reply.ok) {
      setOutcome(reply.error);
      return;
    }
    const { backupId, records, dependents } = reply.data;
    const own = PACK_LISTS.reduce((sum, list) => sum + dependents[list].length, 0);
    toast.show(
      own > 0
        ? t('subscriptionRow_unsubscribedWithOwn', title, records, own)
        : t('subscriptionRow_unsubscribed', title, records),
      () => send({ type: 'undoUnsubscribe', backupId, subscriptionId: subscription.id, dependents }),
    );
  };

  return (
    <li class="subscription" data-subscription={subscription.url} data-state={subscription.state}>
      <p class="subscription-title" id={titleId}>
        <strong>{title}</strong>
      </p>
      <dl class="subscription-facts">
        <dt>{t('subscriptionRow_source')}</dt>
        <dd>
          <a href={subscription.url} target="_blank" rel="noreferrer">
            {subscription.url}
          </a>
        </dd>
        <dt>{t('subscriptionRow_lastCheck')}</dt>
        <dd>{when(subscription.lastChecked)}</dd>
        <dt>{t('subscriptionRow_lastChange')}</dt>
        <dd>{when(subscription.lastChanged)}</dd>
        <dt>{t('subscriptionRow_state')}</dt>
        <dd class={`subscription-state-${subscription.state}`}>
          {subscription.state === 'ok' &&
            t(
              'subscriptionRow_upToDate',
              subscription.records !== undefined ? t('subscriptionRow_records', subscription.records) : '',
            )}
          {subscription.state === 'pending' && t('subscriptionRow_notFetchedYet')}
          {subscription.state === 'failed' && t('subscriptionRow_refreshFailed')}
        </dd>
      </dl>
      {subscription.state === 'failed' && (
        <div class="problem-alert" role="alert">
          <p class="problem-alert-title">
            {t(
              'subscriptionRow_theLastRefreshFailed',
              subscription.error ?? '',
              subscription.lastChanged
                ? t('subscriptionRow_showingTheLastGoodPack', when(subscription.lastChanged))
                : t('subscriptionRow_nothingFromThisPackIs'),
            )}
          </p>
        </div>
      )}
      {outcome && (
        <p role="status" class="subscription-outcome">
          {outcome}
        </p>
      )}
      <div class="actions">
        <button type="button" disabled={busy} onClick={refresh} aria-describedby={titleId}>
          {t('subscriptionRow_refreshNow')}
        </button>
        <button type="button" disabled={busy} onClick={unsubscribe} aria-describedby={titleId}>
          {t('subscriptionRow_unsubscribe')}
        </button>
      </div>
    </li>
  );
}
