import { useId, useState } from 'preact/hooks';
import { pageDatabase } from '../../lib/db/page-database';
import { t } from '../../lib/i18n/catalogue';
import { send } from '../../lib/messages/client';
import { PackUrlSchema } from '../../lib/model/subscription';
import { requestSitePermission } from '../../lib/sites/site-permission';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { useUndoToast } from '../catalogue/use-undo-toast';
import { ProblemAlert } from '../ProblemAlert';
import { SubscriptionRow } from './SubscriptionRow';

/**
 * Subscribing to a pack the team publishes at a URL ("Pack URL",
 * "Subscribe"), and the subscriptions with their state. The permission to
 * read the pack's site is asked in the click, as browsers require.
 */
export function Subscriptions() {
  const fieldId = useId();
  const subscriptions = useLiveQuery(() => pageDatabase.subscriptions.orderBy('url').toArray(), []);
  const toast = useUndoToast();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  // Not async: the permission request must start in this submit's call stack.
  const subscribe = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    const parsed = PackUrlSchema.safeParse(url);
    if (!parsed.success) {
      setProblem(t('subscriptions_packUrlProblem', parsed.error.issues[0]?.message ?? t('subscriptions_isNotValid')));
      return;
    }
    setProblem(null);
    setBusy(true);
    const origin = new URL(parsed.data).origin;
    void requestSitePermission(origin)
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) {
          setProblem(t('subscriptions_throughlineMayOnlyFetchThe', origin));
          return;
        }
        const reply = await send({ type: 'subscribe', url: parsed.data });
        if (!reply.ok) setProblem(reply.error);
        else {
          setUrl('');
          const { subscription } = reply.data;
          setStatus(
            subscription.state === 'ok'
              ? t('subscriptions_subscribedTo', subscription.name ?? subscription.url)
              : t('subscriptions_subscribedToButThePack', subscription.url),
          );
        }
      })
      .finally(() => setBusy(false));
  };

  return (
    <section class="subscriptions" aria-labelledby={`${fieldId}-heading`}>
      <h3 id={`${fieldId}-heading`}>{t('subscriptions_subscribedPacks')}</h3>
      <form class="subscribe-form" onSubmit={subscribe} noValidate>
        <div class="field">
          <label for={fieldId}>{t('subscriptions_packUrl')}</label>
          <input
            id={fieldId}
            type="url"
            inputMode="url"
            autocomplete="url"
            placeholder={t('subscriptions_httpsIntranetExampleComStrategy')}
            value={url}
            aria-describedby={`${fieldId}-hint`}
            aria-invalid={problem !== null}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
          <p id={`${fieldId}-hint`} class="hint">
            {t('subscriptions_theHttpsAddressWhereYour')}
          </p>
        </div>
        <button type="submit" disabled={busy}>
          {t('subscriptions_subscribe')}
        </button>
      </form>
      {problem && <ProblemAlert title={t('subscriptions_notSubscribed')} problems={[problem]} />}
      {status && (
        <p role="status" class="success">
          {status}
        </p>
      )}
      {subscriptions !== undefined &&
        (subscriptions.length === 0 ? (
          <p class="empty">{t('subscriptions_noSubscriptionsYetPasteThe')}</p>
        ) : (
          <ul class="subscription-list">
            {subscriptions.map((subscription) => (
              <SubscriptionRow key={subscription.id} subscription={subscription} toast={toast} />
            ))}
          </ul>
        ))}
      {toast.element}
    </section>
  );
}
