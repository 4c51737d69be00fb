import { useId, useState } from 'preact/hooks';
import { send } from '../../lib/messages/client';
import { PACK_LISTS } from '../../lib/model/import-summary';
import type { Subscription } from '../../lib/model/subscription';
import type { UndoToast } from '../catalogue/use-undo-toast';

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString() : 'never');

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
    else setOutcome(reply.data.changed ? 'Updated to the latest pack.' : 'Checked: the pack has not changed.');
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
      `Unsubscribed from “${title}”: ${records} records of its pack removed${own > 0 ? `, and ${own} of your own that depended on them` : ''}. A backup was taken first.`,
      () => send({ type: 'undoUnsubscribe', backupId, subscriptionId: subscription.id, dependents }),
    );
  };

  return (
    <li class="subscription" data-subscription={subscription.url} data-state={subscription.state}>
      <p class="subscription-title" id={titleId}>
        <strong>{title}</strong>
      </p>
      <dl class="subscription-facts">
        <dt>Source</dt>
        <dd>
          <a href={subscription.url} target="_blank" rel="noreferrer">
            {subscription.url}
          </a>
        </dd>
        <dt>Last check</dt>
        <dd>{when(subscription.lastChecked)}</dd>
        <dt>Last change</dt>
        <dd>{when(subscription.lastChanged)}</dd>
        <dt>State</dt>
        <dd class={`subscription-state-${subscription.state}`}>
          {subscription.state === 'ok' &&
            `Up to date${subscription.records !== undefined ? ` · ${subscription.records} records` : ''}`}
          {subscription.state === 'pending' && 'Not fetched yet'}
          {subscription.state === 'failed' && 'Refresh failed'}
        </dd>
      </dl>
      {subscription.state === 'failed' && (
        <div class="problem-alert" role="alert">
          <p class="problem-alert-title">
            The last refresh failed: {subscription.error}.{' '}
            {subscription.lastChanged
              ? `Showing the last good pack, from ${when(subscription.lastChanged)}.`
              : 'Nothing from this pack is shown yet.'}
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
          Refresh now
        </button>
        <button type="button" disabled={busy} onClick={unsubscribe} aria-describedby={titleId}>
          Unsubscribe
        </button>
      </div>
    </li>
  );
}
