import { useCallback, useRef, useState } from 'preact/hooks';
import { pageDatabase } from '../../lib/db/page-database';
import { listSites } from '../../lib/db/sites';
import { t } from '../../lib/i18n/catalogue';
import type { Site } from '../../lib/model/site';
import { removeSiteFlow, restoreSiteFlow } from '../../lib/sites/remove-site';
import { PAGE_SITE_DEPS } from '../../lib/sites/site-deps';
import { requestSitePermission } from '../../lib/sites/site-permission';
import { useSitePermissions } from '../../lib/sites/use-site-permissions';
import { useLiveQuery } from '../../lib/workspace/use-live-query';
import { Toast, type ToastProps } from '../overlay/Toast';
import { AddSiteForm } from './AddSiteForm';
import { SiteList } from './SiteList';
import './sites.css';

type Notice = { kind: 'status' | 'alert'; text: string };

/**
 * The workspace's Sites section (`#sites`, `#sites/<address>`): self-hosted
 * trackers Throughline may run on. Every permission request happens first
 * thing in a click, as browsers require.
 */
export function SitesSection({ arg }: { arg: string }) {
  const sites = useLiveQuery(() => listSites(pageDatabase), []);
  const granted = useSitePermissions(sites?.map((site) => site.origin) ?? []);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [toast, setToast] = useState<Omit<ToastProps, 'onDismiss'> | null>(null);
  const dismissToast = useCallback(() => setToast(null), []);
  const listHeading = useRef<HTMLHeadingElement>(null);

  // Not async: the permission request inside must start in the Undo click's call stack.
  const undoRemove = (site: Site) => {
    void restoreSiteFlow(site, PAGE_SITE_DEPS).then((outcome) => {
      if (outcome.kind === 'restored') {
        // The Undo button is gone with its toast: back to the list, where the site is again.
        listHeading.current?.focus();
        setToast({ message: t('sitesSection_putBack', site.origin) });
      } else if (outcome.kind === 'refused') {
        setToast(null);
        setNotice({ kind: 'alert', text: t('sitesSection_permissionRefusedWasNotPut', site.origin) });
      } else {
        setToast(null);
        setNotice({ kind: 'alert', text: t('sitesSection_wasNotPutBack', site.origin, outcome.error) });
      }
    });
  };

  const remove = async (site: Site) => {
    setNotice(null);
    const outcome = await removeSiteFlow(site.origin, PAGE_SITE_DEPS);
    if (outcome.kind === 'failed') {
      setNotice({ kind: 'alert', text: t('sitesSection_wasNotRemoved', site.origin, outcome.error) });
      return;
    }
    // The row and its button are gone: keep the keyboard user in the list.
    listHeading.current?.focus();
    const removed = outcome.site;
    setToast({
      message: t('sitesSection_removedThroughlineNoLongerReads', site.origin),
      onUndo: removed ? () => undoRemove(removed) : undefined,
    });
  };

  // Not async: the permission request must start in this click's call stack.
  const grantAgain = (site: Site) => {
    setNotice(null);
    void requestSitePermission(site.origin).then((allowed) =>
      setNotice(
        allowed
          ? { kind: 'status', text: t('sitesSection_throughlineWorksOnAgainReload', site.origin) }
          : { kind: 'alert', text: t('sitesSection_permissionRefusedThroughlineStillMay', site.origin) },
      ),
    );
  };

  return (
    <section aria-labelledby="sites-heading" class="stack sites">
      <h2 id="sites-heading">{t('sitesSection_selfHostedSites')}</h2>
      <p class="hint">{t('sitesSection_throughlineWorksOnJiraCloud')}</p>
      <AddSiteForm initialAddress={arg} sites={sites ?? []} />
      {notice && (
        <p class={notice.kind === 'alert' ? 'site-outcome site-outcome-problem' : 'site-outcome'} role={notice.kind}>
          {notice.text}
        </p>
      )}
      <SiteList
        sites={sites}
        granted={granted}
        headingRef={listHeading}
        onRemove={(site) => void remove(site)}
        onGrantAgain={grantAgain}
      />
      {toast && <Toast {...toast} onDismiss={dismissToast} />}
    </section>
  );
}
