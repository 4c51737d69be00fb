import { useId, useState } from 'preact/hooks';
import { pageDatabase } from '../../lib/db/page-database';
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
      setProblem(`Pack URL ${parsed.error.issues[0]?.message ?? 'is not valid'}.`);
      return;
    }
    setProblem(null);
    setBusy(true);
    const origin = new URL(parsed.data).origin;
    void requestSitePermission(origin)
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) {
          setProblem(
            `Throughline may only fetch the pack with your permission to read ${origin}. Subscribe again and allow it.`,
          );
          return;
        }
        const reply = await send({ type: 'subscribe', url: parsed.data });
        if (!reply.ok) setProblem(reply.error);
        else {
          setUrl('');
          const { subscription } = reply.data;
          setStatus(
            subscription.state === 'ok'
              ? `Subscribed to “${subscription.name ?? subscription.url}”.`
              : `Subscribed to ${subscription.url}, but the pack could not be read yet (see below).`,
          );
        }
      })
      .finally(() => setBusy(false));
  };

  return (
    <section class="subscriptions" aria-labelledby={`${fieldId}-heading`}>
      <h3 id={`${fieldId}-heading`}>Subscribed packs</h3>
      <form class="subscribe-form" onSubmit={subscribe} noValidate>
        <div class="field">
          <label for={fieldId}>Pack URL</label>
          <input
            id={fieldId}
            type="url"
            inputMode="url"
            autocomplete="url"
            placeholder="https://intranet.example.com/strategy/pack.json"
            value={url}
            aria-describedby={`${fieldId}-hint`}
            aria-invalid={problem !== null}
            onInput={(event) => setUrl(event.currentTarget.value)}
          />
          <p id={`${fieldId}-hint`} class="hint">
            The https address where your team publishes its strategy pack. It is checked every hour and stays read-only;
            your own links, rules and check-ins stay yours.
          </p>
        </div>
        <button type="submit" disabled={busy}>
          Subscribe
        </button>
      </form>
      {problem && <ProblemAlert title="Not subscribed." problems={[problem]} />}
      {status && (
        <p role="status" class="success">
          {status}
        </p>
      )}
      {subscriptions !== undefined &&
        (subscriptions.length === 0 ? (
          <p class="empty">No subscriptions yet: paste the address your PMO gave you above.</p>
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
